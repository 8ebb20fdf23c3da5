package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.documents.Documents;
import io.tally.kernel.Actor;
import io.tally.periods.Periods;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tally documents check: the issued file passes, a copy changed by one bit does not. */
class DocumentsCliTest {
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
  void saysWhetherAFileIsExactlyADocumentTallyIssued() throws Exception {
    Path issued = dir.resolve("report.pdf");
    String month;
    try (var ctx = SpringLauncher.data()) {
      month = ctx.getBean(Periods.class).periodOf(Instant.now()).toString();
      byte[] pdf =
          ctx.getBean(Documents.class)
              .monthly(new Actor("auditor-ann"), month, Locale.ENGLISH)
              .pdf();
      Files.write(issued, pdf);
    }
    Path tampered = dir.resolve("tampered.pdf");
    byte[] copy = Files.readAllBytes(issued);
    copy[copy.length / 3] ^= 0x20;
    Files.write(tampered, copy);

    Run ok = tally("documents", "check", issued.toString());
    Run bad = tally("documents", "check", tampered.toString());
    Run missing = tally("documents", "check", dir.resolve("nope.pdf").toString());

    assertThat(ok.status()).isZero();
    assertThat(ok.out()).contains("ISSUED MONTHLY_REPORT " + month).contains("by auditor-ann");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).contains("tampered.pdf: NOT ISSUED");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.pdf: cannot read");
  }
}
