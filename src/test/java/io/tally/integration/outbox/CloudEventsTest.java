package io.tally.integration.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.LedgerProperties;
import io.tally.plant.PlantService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CloudEventsTest {
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void anEntryBecomesAStructuredCloudEventWithItsChainFields() {
    PlantService plant = mock(PlantService.class, RETURNS_DEEP_STUBS);
    when(plant.plant().site().id()).thenReturn("REF");
    CloudEvents events =
        new CloudEvents(json, plant, new LedgerProperties(null, 0, null, "tally/ledger"));
    String payload = "{\"lot\":\"L1-20261125-01\",\"quantity\":4375}";
    LedgerEntry entry =
        new LedgerEntry(
            42,
            Instant.parse("2026-11-25T10:15:30.123Z"),
            "op1",
            "LotReleased",
            7L,
            new LedgerEntry.Payload(Map.of()),
            payload,
            "ab".repeat(32),
            "cd".repeat(32));

    OutboundEvent out = events.of(entry);
    JsonNode n = json.readTree(new String(out.body(), StandardCharsets.UTF_8));

    assertThat(out.id()).isEqualTo("tally/ledger/42");
    assertThat(out.type()).isEqualTo("LotReleased");
    assertThat(n.get("specversion").asString()).isEqualTo("1.0");
    assertThat(n.get("id").asString()).isEqualTo("tally/ledger/42");
    assertThat(n.get("source").asString()).isEqualTo("urn:tally:REF");
    assertThat(n.get("type").asString()).isEqualTo("LotReleased");
    assertThat(n.get("time").asString()).isEqualTo("2026-11-25T10:15:30.123Z");
    assertThat(n.get("datacontenttype").asString()).isEqualTo("application/json");
    assertThat(n.get("tallyseq").asLong()).isEqualTo(42);
    assertThat(n.get("tallyhash").asString()).isEqualTo("cd".repeat(32));
    assertThat(n.get("tallyprevhash").asString()).isEqualTo("ab".repeat(32));
    assertThat(n.get("tallyactor").asString()).isEqualTo("op1");
    assertThat(n.get("tallycorrects").asLong()).isEqualTo(7);
    assertThat(n.get("data").get("quantity").asLong()).isEqualTo(4375);
    assertThat(n.get("data").get("lot").asString()).isEqualTo("L1-20261125-01");
  }
}
