package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.ledger.Ledger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Periods on the command line, over a demo that crosses a month's end: the demo's auditor closed
 * the finished month; statements exit 0 when they balance, 1 when not, 2 on bad input or a refused
 * close.
 */
class PeriodsCliTest {
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
  void statementsAndClosesExitByTheirOutcome() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    YearMonth now = YearMonth.from(today);
    // The demo ends on the 3rd of a month that has begun (never in the future), 10 days long.
    YearMonth last = today.getDayOfMonth() >= 4 ? now : now.minusMonths(1);
    YearMonth closed = last.minusMonths(1);
    String until = last.atDay(3) + "T23:30:00Z";
    Run demo = tally("demo", "--days", "10", "--until", until, "--seed", "7");
    assertThat(demo.status()).as(demo.err()).isZero();
    assertThat(demo.out()).doesNotContain("not closed");

    Run list = tally("periods", "list");
    assertThat(list.status()).isZero();
    assertThat(list.out())
        .contains(closed + " CLOSED closed by demo.auditor")
        .contains(now + " OPEN");

    Run month = tally("reconcile", "--period", closed.toString());
    assertThat(month.status()).as(month.out()).isZero();
    assertThat(month.out())
        // The month in plant time: the reference plant runs on Caracas time (UTC-4).
        .contains(
            "Period "
                + closed
                + " (America/Caracas, "
                + closed.atDay(1).atStartOfDay(java.time.ZoneId.of("America/Caracas")).toInstant())
        .contains("CLOSED, closed by demo.auditor")
        .contains("762x39-BALL-SC")
        .contains("Balanced: no differences.");
    Run current = tally("reconcile", "--period", now.toString(), "--json");
    assertThat(current.status()).as(current.out()).isZero();
    assertThat(current.out()).contains("\"status\" : \"OPEN\"");

    Run badMonth = tally("reconcile", "--period", "2027-13");
    assertThat(badMonth.status()).isEqualTo(2);
    assertThat(badMonth.err()).contains("--period: '2027-13' is not a month");
    Run notEnded = tally("periods", "close", now.toString(), "--as", "demo.auditor");
    assertThat(notEnded.status()).isEqualTo(2);
    assertThat(notEnded.err()).contains("period: period " + now + " has not ended");
    Run notAuditor = tally("periods", "close", now.toString(), "--as", "demo.operator");
    assertThat(notAuditor.status()).isEqualTo(2);
    assertThat(notAuditor.err()).contains("--as: 'demo.operator' is not an enabled user with role");
    Run again = tally("periods", "close", closed.toString(), "--as", "demo.auditor");
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("closed already");

    try (var ctx = SpringLauncher.data()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("shipment", "SH-NOWHERE");
      p.put("customer", "ARMY");
      p.put("authorisation", "AUTH-NONE");
      p.put("lines", List.of(Map.of("lot", "RCP27C001-999", "quantity", 5, "location", "FG")));
      p.put("units", List.of());
      ctx.getBean(TransactionTemplate.class)
          .executeWithoutResult(
              s -> ctx.getBean(Ledger.class).append(new Actor("tamper"), "ShipmentDispatched", p));
    }
    Run unbalanced = tally("reconcile", "--period", now.toString());
    assertThat(unbalanced.status()).as(unbalanced.out()).isEqualTo(1);
    assertThat(unbalanced.out()).contains("DIFFERENCES").contains("closing >= 0");
  }
}
