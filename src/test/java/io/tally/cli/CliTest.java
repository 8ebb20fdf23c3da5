package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit status, output, errors naming file, line, field. */
class CliTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run tally(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TallyCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void capacityJsonGivesSeventyMillion() {
    Run r = tally("capacity", "--json");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\"nameplate\" : 70000000");
    assertThat(r.out()).contains("\"plannedBusyHours\" : 4000.0");
  }

  @Test
  void aBrokenPlantFileExitsTwoNamingFileLineAndField() throws Exception {
    Path file = dir.resolve("plant.yaml");
    String text =
        new String(getClass().getResourceAsStream("/plant/reference-plant.yaml").readAllBytes())
            .replace(
                "{ product: 762x39-TRACER, ratedPerHour: 4375 }\n      - { product: 762x39-BLANK, ratedPerHour: 4375 }\n    changeovers:\n      - { from: 762x39-TRACER, to: 762x39-BLANK, minutes: 90 }\n      - { from: 762x39-BLANK, to: 762x39-TRACER, minutes: 120 }\n    reliability: { mtbfHours: 30, mttrHours: 1.5 }\n  - id: L4",
                "{ product: TRC-9, ratedPerHour: 4375 }\n      - { product: 762x39-BLANK, ratedPerHour: 4375 }\n    changeovers:\n      - { from: TRC-9, to: 762x39-BLANK, minutes: 90 }\n      - { from: 762x39-BLANK, to: TRC-9, minutes: 120 }\n    reliability: { mtbfHours: 30, mttrHours: 1.5 }\n  - id: L4");
    Files.writeString(file, text);
    Run r = tally("capacity", "--plant", file.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .containsPattern(
            "plant\\.yaml:\\d+: lines\\[2\\]\\.capabilities\\[0\\]\\.product: unknown product 'TRC-9'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownOptionsExitTwo() {
    Run r = tally("capacity", "--frobnicate");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--frobnicate");
  }

  @Test
  void usersAddAndLedgerVerifyWorkOnTheSameDataFolder() throws Exception {
    String old = System.getProperty("tally.data-dir");
    System.setProperty("tally.data-dir", dir.toString());
    try {
      Run add = tally("users", "add", "quality.lead", "--role", "QUALITY,AUDITOR");
      assertThat(add.status()).as(add.err()).isZero();
      assertThat(add.out()).contains("Added user 'quality.lead'").contains("Password (shown once)");
      assertThat(Files.readString(dir.resolve("admin-password.txt")).trim()).hasSize(24);

      Run again = tally("users", "add", "quality.lead", "--role", "QUALITY");
      assertThat(again.status()).as(again.out() + again.err()).isEqualTo(2);
      assertThat(again.err()).contains("name: a user 'quality.lead' exists already");

      Run bad = tally("users", "add", "x", "--role", "PILOT");
      assertThat(bad.status()).isEqualTo(2);
      assertThat(bad.err()).contains("name:");

      Run move =
          tally("lines", "move", "L5", "installed", "--reason", "delivered", "--as", "admin");
      assertThat(move.status()).as(move.err()).isZero();
      assertThat(move.out()).contains("Line L5 is now installed");
      Run skip = tally("lines", "move", "L5", "operating", "--reason", "x", "--as", "admin");
      assertThat(skip.status()).isEqualTo(2);
      assertThat(skip.err()).contains("to: line L5 is installed; it may move to");
      Run notAdmin =
          tally("lines", "move", "L5", "commissioning", "--reason", "x", "--as", "quality.lead");
      assertThat(notAdmin.status()).isEqualTo(2);
      assertThat(notAdmin.err()).contains("--as: 'quality.lead' is not an enabled ADMIN user");
      Files.writeString(dir.resolve("act.pdf"), "scanned act");
      Run act =
          tally(
              "lines",
              "accept",
              "--id",
              "ACT-L5",
              "--line",
              "L5",
              "--signed-by",
              "Commission",
              "--signed-on",
              "2027-05-01",
              "--warranty-months",
              "12",
              "--document",
              dir.resolve("act.pdf").toString(),
              "--as",
              "admin");
      assertThat(act.status()).as(act.err()).isZero();
      assertThat(act.out()).contains("Recorded act ACT-L5");

      Run verify = tally("ledger", "verify", "--json");
      assertThat(verify.status()).as(verify.err()).isZero();
      assertThat(verify.out()).contains("\"intact\" : true");
    } finally {
      if (old == null) {
        System.clearProperty("tally.data-dir");
      } else {
        System.setProperty("tally.data-dir", old);
      }
    }
  }
}
