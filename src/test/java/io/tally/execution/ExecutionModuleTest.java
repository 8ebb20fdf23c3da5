package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Execution with only what it uses (ledger, plant): a run started, counted twice under one key and
 * ended (closing its lot) leaves its events in the ledger in order, the count booked once.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class ExecutionModuleTest {
  static final Actor OPERATOR = new Actor("op.one");

  @Autowired CommandExecutor executor;
  @Autowired ExecutionQueries queries;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  @Test
  void aRunCountedOnceUnderOneKeyIsRecordedInOrder() {
    clock.set(Instant.parse("2027-03-01T06:00:00Z"));
    long first = lastSeq() + 1;
    String run =
        executor.execute(OPERATOR, new StartRunRequest("L1", "762x39-BALL-SC", null)).run();
    clock.advance(Duration.ofHours(1));
    for (int i = 0; i < 2; i++) {
      executor.execute(
          OPERATOR,
          new IdempotencyKey("count-1"),
          CountCommands.Report.of(new IdempotencyKey("count-1"), run, new CountRequest(500, 5)));
    }
    clock.advance(Duration.ofHours(1));
    executor.execute(OPERATOR, RunCommands.End.of(run));

    RunView ended = queries.run(run).orElseThrow();
    assertThat(ended.good()).isEqualTo(500);
    assertThat(ended.scrap()).isEqualTo(5);
    assertThat(ended.open()).isFalse();
    assertThat(
            jdbc.sql("SELECT type FROM ledger_entry WHERE seq >= ? ORDER BY seq")
                .param(first)
                .query(String.class)
                .list())
        .containsExactly("RunStarted", "LotOpened", "CountReported", "LotClosed", "RunEnded");
  }

  long lastSeq() {
    return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM ledger_entry").query(Long.class).single();
  }
}
