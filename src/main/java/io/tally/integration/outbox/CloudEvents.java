package io.tally.integration.outbox;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.LedgerProperties;
import io.tally.plant.PlantService;
import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

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

  /**
   * The message for {@code e}, written field by field with the payload copied in as recorded (the
   * ledger holds it as JSON already), so nothing is parsed or built as a tree per event.
   */
  OutboundEvent of(LedgerEntry e) {
    String id = origin + "/" + e.seq();
    ByteArrayOutputStream body = new ByteArrayOutputStream(256 + e.payloadJson().length());
    try (JsonGenerator g = json.createGenerator(body)) {
      g.writeStartObject();
      g.writeStringProperty("specversion", "1.0");
      g.writeStringProperty("id", id);
      g.writeStringProperty("source", "urn:tally:" + site());
      g.writeStringProperty("type", e.type());
      g.writeStringProperty("time", e.time().toString());
      g.writeStringProperty("datacontenttype", "application/json");
      g.writeNumberProperty("tallyseq", e.seq());
      g.writeStringProperty("tallyhash", e.hash());
      g.writeStringProperty("tallyprevhash", e.previousHash());
      g.writeStringProperty("tallyactor", e.actor());
      if (e.corrects() != null) {
        g.writeNumberProperty("tallycorrects", e.corrects());
      }
      g.writeName("data");
      g.writeRawValue(e.payloadJson());
      g.writeEndObject();
    }
    return new OutboundEvent(e.seq(), e.type(), id, e.time(), body.toByteArray());
  }
}
