package io.tally.support;

import io.tally.ledger.Event;
import io.tally.ledger.Events;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.chain.CanonicalJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An event as the ledger stores it (canonical JSON) and as a projection reads it back. */
public final class EventRoundTrip {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EventRoundTrip() {}

  /** The payload's canonical JSON: the bytes the entry's hash covers. */
  public static String json(Event event) {
    return CanonicalJson.write(Events.payload(event));
  }

  /** The event stored and read back through its stored JSON, as replay reads it. */
  public static Event readBack(Event event) {
    String json = json(event);
    Map<String, Object> fields =
        JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    LedgerEntry entry =
        new LedgerEntry(
            1,
            Instant.EPOCH,
            "test",
            Events.typeOf(event.getClass()),
            null,
            new LedgerEntry.Payload(fields),
            json,
            "",
            "");
    return Events.read(entry, event.getClass()).orElseThrow();
  }
}
