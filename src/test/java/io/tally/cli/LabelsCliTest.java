package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tally labels print: refusals name the field and write nothing. */
class LabelsCliTest {
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
  void refusesAnUnknownOrMalformedSsccOrLotNamingTheFieldAndWritesNothing() throws Exception {
    Path pdf = dir.resolve("label.pdf");

    Run unknown = tally("labels", "print", "106141411234567897", "--to", pdf.toString());
    Run badCheck = tally("labels", "print", "106141411234567898", "--to", pdf.toString());
    Run lot = tally("labels", "print", "RCP27C001-999", "--to", pdf.toString());
    Run badScan = tally("labels", "print", "]C110AB C", "--to", pdf.toString());

    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("SSCC: no packaging unit 106141411234567897");
    assertThat(badCheck.status()).isEqualTo(2);
    assertThat(badCheck.err()).contains("SSCC:").contains("check digit 8, expected 7");
    assertThat(lot.status()).isEqualTo(2);
    assertThat(lot.err()).contains("LOT: no production lot RCP27C001-999");
    assertThat(badScan.status()).isEqualTo(2);
    assertThat(badScan.err()).contains("outside the GS1 character set");
    assertThat(Files.exists(pdf)).isFalse();
  }
}
