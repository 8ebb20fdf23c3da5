package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.cli.SpringLauncher;
import io.tally.cli.TallyCommand;
import io.tally.kernel.CommandExecutor;
import io.tally.ledger.Ledger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** tally trace and tally reconcile on the data folder the server uses. */
class TraceabilityCliTest {
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
  void reconcileExitsZeroWhenBalancedAndOneListingADifference() {
    String lot;
    try (var ctx = SpringLauncher.data()) {
      var plant =
          new ProductionFixture(
              ctx.getBean(Ledger.class),
              ctx.getBean(TransactionTemplate.class),
              ctx.getBean(CommandExecutor.class));
      lot = plant.produceLot(ProductionFixture.BALL, "L3", 1_200, 30);
      plant.samplesConsumed(lot, 8);
    }
    Run balanced = tally("reconcile", "--json");
    assertThat(balanced.status()).isZero();
    assertThat(balanced.out()).contains("\"differences\" : [ ]").contains("\"countedGood\" : 1200");

    Run trace = tally("trace", lot);
    assertThat(trace.status()).isZero();
    assertThat(trace.out()).contains("Finished lot " + lot).contains("CONSUMED_BY_TESTING");

    try (var ctx = SpringLauncher.data()) {
      ctx.getBean(JdbcClient.class)
          .sql(
              "UPDATE finished_stock SET quantity = quantity + 5 WHERE lot = ? AND state = 'QUARANTINE'")
          .param(lot)
          .update();
    }
    Run broken = tally("reconcile");
    assertThat(broken.status()).isEqualTo(1);
    assertThat(broken.out())
        .contains("1 DIFFERENCES")
        .contains("lot " + lot)
        .contains("expected 1,200, found 1,205");
  }

  @Test
  void traceOfAnUnknownLotExitsTwoNamingIt() {
    Run r = tally("trace", "XYZ07D006-004");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("'XYZ07D006-004' is no finished lot");
  }
}
