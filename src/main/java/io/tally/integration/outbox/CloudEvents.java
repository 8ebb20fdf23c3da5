package io.tally.integration.outbox;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.LedgerProperties;
import io.tally.plant.PlantService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a ledger entry as a CloudEvents 1.0 JSON message: {@code id} is the ledger's origin and
 * the entry's sequence (unique and stable, so a consumer deduplicates by it), {@code source} the
 * plant, {@code type} the event type, {@code time} the append time, {@code data} the payload as
 * recorded; the extensions {@code tallyseq}, {@code tallyhash}, {@code tallyprevhash}, {@code
 * tallyactor} and {@code tallycorrects} let a consumer check the chain.
 */
@Component
class CloudEvents {
  private final JsonMapper json;
  private final PlantService plant;
  private final String origin;

  CloudEvents(JsonMapper json, PlantService plant, LedgerProperties ledger) {
    this.json = json;
    this.plant = plant;
    this.origin = ledger.origin();
  }

  String site() {
    return plant.plant().site().id();
  }

  OutboundEvent of(LedgerEntry e) {
    String id = origin + "/" + e.seq();
    ObjectNode n = json.createObjectNode();
    n.put("specversion", "1.0");
    n.put("id", id);
    n.put("source", "urn:tally:" + site());
    n.put("type", e.type());
    n.put("time", e.time().toString());
    n.put("datacontenttype", "application/json");
    n.put("tallyseq", e.seq());
    n.put("tallyhash", e.hash());
    n.put("tallyprevhash", e.previousHash());
    n.put("tallyactor", e.actor());
    if (e.corrects() != null) {
      n.put("tallycorrects", e.corrects());
    }
    n.set("data", json.readTree(e.payloadJson()));
    return new OutboundEvent(e.seq(), e.type(), id, e.time(), json.writeValueAsBytes(n));
  }
}
