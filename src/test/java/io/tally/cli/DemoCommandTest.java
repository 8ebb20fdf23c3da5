package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * tally demo on a fresh data folder (Monday 23 to Wednesday 25 November 2026): the ledger verifies,
 * everything reconciles, and a second demo on the same data is refused.
 */
class DemoCommandTest {
  @TempDir Path dir;
  String oldDataDir;

  record Run(int status, String out, String err) {}

  static Run tally(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TallyCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeEach
  void dataDir() {
    oldDataDir = System.getProperty("tally.data-dir");
    System.setProperty("tally.data-dir", dir.toString());
  }

  @AfterEach
  void restore() {
    if (oldDataDir == null) {
      System.clearProperty("tally.data-dir");
    } else {
      System.setProperty("tally.data-dir", oldDataDir);
    }
  }

  @Test
  void aDemoVerifiesReconcilesAndIsNotAddedTwice() {
    Run demo = tally("demo", "--days", "2", "--until", "2026-11-25T23:30:00Z", "--seed", "7");
    assertThat(demo.status()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("demo.operator").contains("Demo: 2 days from 2026-11-23");

    try (var ctx = SpringLauncher.data()) {
      JdbcClient jdbc = ctx.getBean(JdbcClient.class);
      assertThat(count(jdbc, "SELECT COUNT(*) FROM production_run WHERE ended_at IS NOT NULL"))
          .isEqualTo(12);
      assertThat(count(jdbc, "SELECT COUNT(*) FROM line_stop WHERE reason = 'CHG'")).isPositive();
      assertThat(count(jdbc, "SELECT COUNT(*) FROM ledger_entry WHERE type = 'LotHeld'"))
          .isEqualTo(1);
      assertThat(
              count(
                  jdbc,
                  "SELECT COUNT(*) FROM ledger_entry WHERE type = 'LotReleased'"
                      + " AND payload LIKE '%\"byConcession\":true%'"))
          .isEqualTo(1);
      assertThat(count(jdbc, "SELECT COUNT(*) FROM shipment WHERE status = 'DISPATCHED'"))
          .isEqualTo(2);
      assertThat(count(jdbc, "SELECT COUNT(*) FROM ledger_entry WHERE type = 'ComponentsConsumed'"))
          .isPositive();
    }

    assertThat(tally("ledger", "verify").status()).isZero();
    Run reconcile = tally("reconcile");
    assertThat(reconcile.status()).as(reconcile.out()).isZero();
    assertThat(reconcile.out()).contains("Balanced: no differences.");

    Run again = tally("demo", "--days", "2", "--until", "2026-11-25T23:30:00Z");
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("already holds production").contains("--force");
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
