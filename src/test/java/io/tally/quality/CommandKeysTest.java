package io.tally.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.quality.sampling.ProductionRate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * An idempotency key is stored with the hash of its command's name and JSON. Quality's commands
 * became records after keys were stored, so each must still write the list its service hashed
 * before, or a request sent again under a stored key would be refused as a different one.
 */
class CommandKeysTest {
  static final String LOT = "RCP27A011-001";
  static final StreamId MAJOR = new StreamId("762x39-BALL-SC", "L1", "major", "II", "0.65");
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void lotCommandsWriteTheListsTheirKeysWereHashedFrom() {
    var results =
        new InspectionRequest(List.of(new InspectionRequest.ClassResult("major", 125, 0, null)));
    assertThat(write(new LotCommands.Inspect(LOT, results)))
        .isEqualTo(write(List.of(LOT, results)));
    assertThat(write(new LotCommands.Rework(LOT, "bent cases")))
        .isEqualTo("[\"RCP27A011-001\",\"bent cases\"]");
    assertThat(write(new LotCommands.Scrap(LOT, "bent cases")))
        .isEqualTo("[\"RCP27A011-001\",\"bent cases\"]");
    assertThat(write(new LotCommands.RequestConcession(LOT, "cosmetic")))
        .isEqualTo("[\"RCP27A011-001\",\"cosmetic\"]");
    assertThat(write(new LotCommands.ApproveConcession(LOT))).isEqualTo("[\"RCP27A011-001\"]");
  }

  @Test
  void streamCommandsWriteTheListsTheirKeysWereHashedFrom() {
    assertThat(write(MAJOR))
        .isEqualTo(
            "{\"product\":\"762x39-BALL-SC\",\"line\":\"L1\",\"nonconformityClass\":\"major\","
                + "\"level\":\"II\",\"aql\":\"0.65\"}");
    assertThat(write(new StreamCommands.ApproveReduced(MAJOR, ProductionRate.STEADY)))
        .isEqualTo(write(List.of(MAJOR, ProductionRate.STEADY)))
        .endsWith(",\"STEADY\"]");
    assertThat(write(new StreamCommands.RecordCorrectiveAction(MAJOR, "new gauge")))
        .isEqualTo(write(List.of(MAJOR, "new gauge")))
        .startsWith("[{")
        .endsWith(",\"new gauge\"]");
  }

  private String write(Object value) {
    return json.writeValueAsString(value);
  }
}
