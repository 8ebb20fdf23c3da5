package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.ledger.chain.CanonicalJson;
import io.tally.plant.model.LineId;
import io.tally.support.EventRoundTrip;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An event record encodes to the bytes its map did, and reads back from them equal. */
class EventsTest {
  @EventType("SomethingHappened")
  record SomethingHappened(
      LineId line,
      LotNumber lot,
      long good,
      CloseRule rule,
      Instant at,
      @Nullable String note,
      boolean urgent)
      implements Event {}

  record NotAnnotated(String x) implements Event {}

  record Part(LineId line, double hours, @Nullable String note) {}

  @EventType("ShapesRecorded")
  record ShapesRecorded(
      @EventField("class") String kind, LocalDate from, List<Part> parts, List<LineId> lines)
      implements Event {}

  static final SomethingHappened EVENT =
      new SomethingHappened(
          new LineId("L1"),
          LotNumber.parse("RCP27C001-004"),
          70_000L,
          CloseRule.RUN_ENDED,
          Instant.parse("2027-03-01T06:00:00.250Z"),
          null,
          true);

  @Test
  void recordEncodesToTheCanonicalBytesOfTheMapItReplaces() {
    Map<String, Object> map = new HashMap<>();
    map.put("line", "L1");
    map.put("lot", "RCP27C001-004");
    map.put("good", 70_000L);
    map.put("rule", "RUN_ENDED");
    map.put("at", "2027-03-01T06:00:00.250Z");
    map.put("note", null);
    map.put("urgent", true);
    assertThat(CanonicalJson.write(Events.payload(EVENT))).isEqualTo(CanonicalJson.write(map));
    assertThat(CanonicalJson.write(Events.payload(EVENT)))
        .isEqualTo(
            "{\"at\":\"2027-03-01T06:00:00.250Z\",\"good\":70000,\"line\":\"L1\","
                + "\"lot\":\"RCP27C001-004\",\"note\":null,\"rule\":\"RUN_ENDED\",\"urgent\":true}");
  }

  @Test
  void storedPayloadReadsBackAsTheSameRecord() {
    String json = CanonicalJson.write(Events.payload(EVENT));
    Map<String, Object> fields =
        JsonMapper.builder()
            .build()
            .readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    LedgerEntry entry =
        new LedgerEntry(
            7,
            Instant.EPOCH,
            "op",
            "SomethingHappened",
            null,
            new LedgerEntry.Payload(fields),
            json,
            "",
            "");
    assertThat(Events.read(entry, SomethingHappened.class)).contains(EVENT);
    assertThat(Events.typeOf(SomethingHappened.class)).isEqualTo("SomethingHappened");
  }

  @Test
  void listsNestedRecordsDatesAndRenamedFieldsEncodeAsTheirMapsAndReadBack() {
    ShapesRecorded shapes =
        new ShapesRecorded(
            "critical",
            LocalDate.parse("2027-03-01"),
            List.of(new Part(new LineId("L1"), 2.5, null), new Part(new LineId("L2"), 3.0, "x")),
            List.of(new LineId("L3")));
    assertThat(EventRoundTrip.json(shapes))
        .isEqualTo(
            "{\"class\":\"critical\",\"from\":\"2027-03-01\",\"lines\":[\"L3\"],"
                + "\"parts\":[{\"hours\":2.5,\"line\":\"L1\",\"note\":null},"
                + "{\"hours\":3,\"line\":\"L2\",\"note\":\"x\"}]}");
    assertThat(EventRoundTrip.readBack(shapes)).isEqualTo(shapes);
  }

  @Test
  void entryOfAnotherTypeIsNotReadAsTheRecord() {
    LedgerEntry other =
        new LedgerEntry(
            7,
            Instant.EPOCH,
            "op",
            "OtherThing",
            null,
            new LedgerEntry.Payload(Map.of()),
            "{}",
            "",
            "");
    assertThat(Events.read(other, SomethingHappened.class)).isEmpty();
  }

  @Test
  void recordWithoutItsTypeNameIsRefused() {
    assertThatThrownBy(() -> Events.typeOf(NotAnnotated.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@EventType");
  }

  @Test
  void handlersGetTheirTypeAsRecordAndIgnoreOthers() {
    String json = CanonicalJson.write(Events.payload(EVENT));
    Map<String, Object> fields =
        JsonMapper.builder()
            .build()
            .readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    var seen = new java.util.ArrayList<String>();
    EventHandlers handlers =
        new EventHandlers()
            .on(SomethingHappened.class, (s, e) -> seen.add(e.seq() + " " + s.lot()));
    handlers.apply(
        new LedgerEntry(
            3,
            Instant.EPOCH,
            "op",
            "SomethingHappened",
            null,
            new LedgerEntry.Payload(fields),
            json,
            "",
            ""));
    handlers.apply(
        new LedgerEntry(
            4,
            Instant.EPOCH,
            "op",
            "OtherThing",
            null,
            new LedgerEntry.Payload(Map.of()),
            "{}",
            "",
            ""));
    assertThat(seen).containsExactly("3 RCP27C001-004");
  }
}
