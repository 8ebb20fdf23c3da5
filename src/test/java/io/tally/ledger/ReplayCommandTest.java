package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.cli.SpringLauncher;
import io.tally.cli.TallyCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code tally ledger replay}: exit 0 when the projections replay identically, 1 when not. */
class ReplayCommandTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run tally(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TallyCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void exitsZeroWhenIdenticalAndOneNamingTheRowWhenNot() {
    String old = System.getProperty("tally.data-dir");
    System.setProperty("tally.data-dir", dir.toString());
    try {
      Run same = tally("ledger", "replay");
      assertThat(same.status()).as(same.err()).isZero();
      assertThat(same.out()).startsWith("Replay identical:").contains("entries re-applied");

      try (var ctx = SpringLauncher.data()) {
        ctx.getBean(JdbcClient.class)
            .sql("UPDATE line_state SET state = 'RETIRED' WHERE line = 'L4'")
            .update();
      }
      Run differs = tally("ledger", "replay", "--json");
      assertThat(differs.status()).as(differs.err()).isEqualTo(1);
      assertThat(differs.out())
          .contains("\"identical\" : false")
          .contains("\"table\" : \"line_state\"")
          .contains("\"key\" : \"line=L4\"")
          .contains("\"state\" : \"RETIRED\"")
          .contains("\"state\" : \"OPERATING\"");
    } finally {
      if (old == null) {
        System.clearProperty("tally.data-dir");
      } else {
        System.setProperty("tally.data-dir", old);
      }
    }
  }
}
