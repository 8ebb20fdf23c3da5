package io.tally.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.cli.SpringLauncher;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.ledger.Ledger;
import io.tally.ledger.Replay;
import io.tally.plant.PlantApprovalRequest;
import io.tally.plant.PlantChangeRequest;
import io.tally.plant.PlantCommands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approved change of a class's AQL does not escape tightened inspection: the stream of the new
 * AQL continues the severity of the stream it replaces, unless the change says why the streams
 * restart. Lot size 3,000 at level II is letter K; ball major AQL 0.65 on normal is n 125, Ac 2, Re
 * 3, so two lots with 3 nonconforming tighten the stream (ISO 2859-1, 9.3.2).
 */
class PlantChangeStreamsTest {
  private static final String BALL = "762x39-BALL-SC";

  @TempDir Path dir;
  private String oldDataDir;
  private Path newAql;

  @BeforeEach
  void tightenedStream() throws Exception {
    oldDataDir = System.getProperty("tally.data-dir");
    System.setProperty("tally.data-dir", dir.resolve("data").toString());
    String reference;
    try (var in = getClass().getResourceAsStream("/plant/reference-plant.yaml")) {
      reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    newAql = dir.resolve("new-aql.yaml");
    Files.writeString(
        newAql, reference.replaceFirst("class: major, aql: 0.65", "class: major, aql: 0.4"));
  }

  @AfterEach
  void restore() {
    if (oldDataDir == null) {
      System.clearProperty("tally.data-dir");
    } else {
      System.setProperty("tally.data-dir", oldDataDir);
    }
  }

  /** Tightens ball major on L1 under the reference plant, then has the new AQL approved. */
  private void tightenThenApprove(String resetStreams) throws Exception {
    try (var ctx = SpringLauncher.start(false, Map.of())) {
      var execution =
          new ExecutionFixture(ctx.getBean(Ledger.class), ctx.getBean(TransactionTemplate.class));
      for (String lot : List.of("RCP27F061-001", "RCP27F061-002")) {
        execution.closedLot(lot, BALL, "L1", 3000, 0);
        ctx.getBean(CommandExecutor.class)
            .execute(
                new Actor("qa1"),
                new LotCommands.Inspect(
                    lot,
                    new InspectionRequest(
                        List.of(new InspectionRequest.ClassResult("major", 125, 3, null)))));
      }
      assertThat(major(ctx, "0.65").severity()).isEqualTo("TIGHTENED");
      CommandExecutor changes = ctx.getBean(CommandExecutor.class);
      long id =
          changes
              .execute(
                  new Actor("admin"),
                  new PlantChangeRequest("new-aql.yaml", Files.readString(newAql), resetStreams))
              .id();
      changes.execute(
          new Actor("quinn"), new PlantCommands.Approve(id, new PlantApprovalRequest(null)));
    }
  }

  private static StreamView major(ConfigurableApplicationContext ctx, String aql) {
    return ctx.getBean(StreamStates.class).all().stream()
        .filter(s -> s.product().equals(BALL) && s.line().equals("L1"))
        .filter(s -> s.nonconformityClass().equals("major") && s.aql().equals(aql))
        .findFirst()
        .orElseThrow();
  }

  private static ClassPlan nextMajorPlan(ConfigurableApplicationContext ctx) {
    new ExecutionFixture(ctx.getBean(Ledger.class), ctx.getBean(TransactionTemplate.class))
        .closedLot("RCP27F061-003", BALL, "L1", 3000, 0);
    return ctx.getBean(LotPlanning.class).plans("RCP27F061-003").plans().stream()
        .filter(p -> p.nonconformityClass().equals("major"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aNewAqlKeepsATightenedStreamTightened() throws Exception {
    tightenThenApprove(null);

    try (var ctx = SpringLauncher.start(false, Map.of("tally.plant.file", newAql.toString()))) {
      ClassPlan plan = nextMajorPlan(ctx);
      assertThat(plan.aql()).isEqualTo("0.40");
      assertThat(plan.severity()).isEqualTo("TIGHTENED");
      assertThat(major(ctx, plan.aql()).severity()).isEqualTo("TIGHTENED");
      assertThat(ctx.getBean(Replay.class).run().identical()).isTrue();
    }
  }

  @Test
  void aChangeThatSaysWhyRestartsItsStreamsOnNormal() throws Exception {
    tightenThenApprove("new supplier of cases; the stream starts afresh");

    try (var ctx = SpringLauncher.start(false, Map.of("tally.plant.file", newAql.toString()))) {
      assertThat(nextMajorPlan(ctx).severity()).isEqualTo("NORMAL");
      assertThat(ctx.getBean(Replay.class).run().identical()).isTrue();
    }
  }
}
