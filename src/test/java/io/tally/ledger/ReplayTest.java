package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunCommands;
import io.tally.execution.StartRunRequest;
import io.tally.execution.StopCommands;
import io.tally.execution.StopRequest;
import io.tally.execution.WorkOrderRequest;
import io.tally.execution.WorkOrders;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Replay rebuilds every projection from the ledger, reports any difference and changes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class ReplayTest {
  static final Actor OP = new Actor("op.replay");

  @Autowired Replay replay;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired WorkOrders workOrders;
  @Autowired CommandExecutor executor;
  @Autowired ExecutionQueries queries;

  String run;
  String lot;

  @BeforeEach
  void produceSomething() {
    clock.set(Instant.parse("2027-04-01T06:00:00Z"));
    for (var r : queries.runs("L3", true, 10)) {
      executor.execute(OP, RunCommands.End.of(r.run()));
    }
    String wo = "WO-REPLAY-" + System.nanoTime();
    executor.execute(
        OP,
        new WorkOrderRequest(
            wo, "L3", "762x39-TRACER", java.math.BigDecimal.valueOf(70_000), clock.instant()));
    run = executor.execute(OP, new StartRunRequest("L3", null, wo)).run();
    executor.execute(
        OP,
        new IdempotencyKey("replay-1-" + wo),
        CountCommands.Report.of(
            new IdempotencyKey("replay-1-" + wo), run, new CountRequest(30_000L, 12L)));
    executor.execute(
        OP,
        new IdempotencyKey("replay-2-" + wo),
        CountCommands.Report.of(
            new IdempotencyKey("replay-2-" + wo), run, new CountRequest(30_000L, 3L)));
    executor.execute(OP, StopCommands.Start.of("L3", new StopRequest("BRK")));
    clock.advance(Duration.ofMinutes(40));
    executor.execute(OP, StopCommands.End.of("L3"));
    lot = queries.run(run).orElseThrow().currentLot();
    clock.advance(Duration.ofHours(25));
    executor.execute(
        OP,
        new IdempotencyKey("replay-3-" + wo),
        CountCommands.Report.of(
            new IdempotencyKey("replay-3-" + wo), run, new CountRequest(500L, 0L)));
  }

  long rows(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  @Test
  void replayAfterCommandsIsIdenticalAndLeavesLiveDataAlone() {
    long ledger = rows("ledger_entry");
    long lots = rows("production_lot");
    ReplayReport r = replay.run();
    assertThat(r.differences()).isEmpty();
    assertThat(r.identical()).isTrue();
    assertThat(r.entries()).isEqualTo(ledger);
    assertThat(r.tables())
        .extracting(ReplayReport.TableCount::table)
        .contains("production_lot", "production_run", "work_order", "line_stop", "app_user");
    assertThat(r.tables())
        .filteredOn(t -> t.table().equals("production_lot"))
        .singleElement()
        .satisfies(t -> assertThat(t.replayedRows()).isEqualTo(t.liveRows()).isEqualTo((int) lots));
    assertThat(rows("ledger_entry")).isEqualTo(ledger);
    assertThat(rows("production_lot")).isEqualTo(lots);
  }

  @Test
  void aRowChangedBehindTallysBackIsReported() {
    jdbc.sql("UPDATE production_lot SET good = good + 1 WHERE lot = ?").param(lot).update();
    try {
      ReplayReport r = replay.run();
      assertThat(r.identical()).isFalse();
      assertThat(r.differenceCount()).isEqualTo(1);
      ReplayReport.Difference d = r.differences().get(0);
      assertThat(d.table()).isEqualTo("production_lot");
      assertThat(d.key()).isEqualTo("lot=" + lot);
      long replayed = Long.parseLong(d.replayed().get("good"));
      assertThat(Long.parseLong(d.live().get("good"))).isEqualTo(replayed + 1);
    } finally {
      jdbc.sql("UPDATE production_lot SET good = good - 1 WHERE lot = ?").param(lot).update();
    }
    assertThat(replay.run().identical()).isTrue();
  }

  @Test
  void aRowDeletedOrAddedBehindTallysBackIsReported() {
    jdbc.sql(
            "INSERT INTO line_stop (stop, line, reason, category, started_at, started_seq)"
                + " VALUES ('STOP-FAKE', 'L1', 'JAM', 'UNPLANNED', CURRENT_TIMESTAMP, 1)")
        .update();
    try {
      ReplayReport r = replay.run();
      assertThat(r.differences())
          .filteredOn(d -> d.table().equals("line_stop"))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.key()).isEqualTo("stop=STOP-FAKE");
                assertThat(d.live()).containsEntry("reason", "JAM");
                assertThat(d.replayed()).isNull();
              });
    } finally {
      jdbc.sql("DELETE FROM line_stop WHERE stop = 'STOP-FAKE'").update();
    }
  }
}
