package io.tally.plant;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.cli.SpringLauncher;
import io.tally.cli.TallyCommand;
import io.tally.ledger.chain.EntryHash;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A change to the rules of the plant file (sampling, lot rules, bills of materials, rates) takes a
 * second person: proposed by one, approved by another ADMIN or QUALITY user, or the plant refuses
 * to start on it. The first start on an empty data folder loads the reference plant as baseline.
 */
class PlantChangeControlTest {
  private static final Pattern CHANGE_ID = Pattern.compile("Plant change (\\d+) ");

  @TempDir Path dir;
  private String oldDataDir;
  private String reference;

  record Run(int status, String out, String err) {}

  static Run tally(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TallyCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeEach
  void baseline() throws Exception {
    oldDataDir = System.getProperty("tally.data-dir");
    System.setProperty("tally.data-dir", dir.resolve("data").toString());
    try (var in = getClass().getResourceAsStream("/plant/reference-plant.yaml")) {
      reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Run add = tally("users", "add", "quinn", "--role", "QUALITY");
    assertThat(add.status()).as(add.err()).isZero();
  }

  @AfterEach
  void restore() {
    if (oldDataDir == null) {
      System.clearProperty("tally.data-dir");
    } else {
      System.setProperty("tally.data-dir", oldDataDir);
    }
  }

  /** The reference plant with the ball cartridge's major AQL tightened from 0.65 to 0.4. */
  private Path newAql() throws Exception {
    return write(
        "new-aql.yaml",
        reference.replaceFirst("class: major, aql: 0.65", "class: major, aql: 0.4"));
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static long changeId(Run proposed) {
    Matcher m = CHANGE_ID.matcher(proposed.out());
    assertThat(m.find()).as(proposed.out() + proposed.err()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void aChangeApprovedByASecondPersonLetsTheServerStartOnTheNewFile() throws Exception {
    Path file = newAql();
    Run proposed = tally("plant", "propose", file.toString(), "--as", "admin");
    assertThat(proposed.status()).as(proposed.err()).isZero();
    assertThat(proposed.out())
        .contains("products[762x39-BALL-SC].quality.classes[major].aql: 0.65 -> 0.4");

    Run approved = tally("plant", "approve", String.valueOf(changeId(proposed)), "--as", "quinn");
    assertThat(approved.status()).as(approved.err()).isZero();
    assertThat(approved.out()).contains("APPROVED").contains("approved by quinn");

    try (var server =
        SpringLauncher.start(true, Map.of("server.port", 0, "tally.plant.file", file.toString()))) {
      assertThat(server.getBean(PlantService.class).fileSha256())
          .isEqualTo(EntryHash.sha256Hex(Files.readString(file)));
      String approval =
          server
              .getBean(JdbcClient.class)
              .sql(
                  "SELECT payload FROM ledger_entry WHERE type = 'PlantFileLoaded'"
                      + " ORDER BY seq DESC LIMIT 1")
              .query(String.class)
              .single();
      assertThat(approval).contains("\"approval\":\"approved\"");
    }
  }

  @Test
  void theProposerMayNotApproveTheirOwnChange() throws Exception {
    Run proposed = tally("plant", "propose", newAql().toString(), "--as", "admin");
    assertThat(proposed.status()).as(proposed.err()).isZero();

    Run self = tally("plant", "approve", String.valueOf(changeId(proposed)), "--as", "admin");
    assertThat(self.status()).isEqualTo(2);
    assertThat(self.err())
        .contains("four eyes")
        .contains("admin proposed change " + changeId(proposed) + " and may not approve it");
  }

  @Test
  void aServerOnAnUnapprovedChangedFileRefusesToStartNamingEachDifference() throws Exception {
    Path file =
        write(
            "unapproved.yaml",
            reference
                .replaceFirst("class: major, aql: 0.65", "class: major, aql: 0.4")
                .replaceFirst(
                    "product: 762x39-BALL-SC, ratedPerHour: 4375",
                    "product: 762x39-BALL-SC, ratedPerHour: 5000"));

    Run serve = tally("serve", "--port", "0", "--plant", file.toString());

    assertThat(serve.status()).isEqualTo(2);
    assertThat(serve.err())
        .contains("without an approved change")
        .contains(
            "unapproved.yaml:0: products[762x39-BALL-SC].quality.classes[major].aql: 0.65 -> 0.4")
        .contains(
            "unapproved.yaml:0: lines[L1].capabilities[762x39-BALL-SC].ratedPerHour:"
                + " 4375.0 -> 5000.0");
  }

  @Test
  void aChangeOfNamesOnlyNeedsNoApproval() throws Exception {
    Path file =
        write(
            "renamed.yaml",
            reference.replaceFirst(
                "name: Cartridge 7.62x39 ball, steel core", "name: Cartridge 7.62 ball"));

    try (var ctx = SpringLauncher.start(false, Map.of("tally.plant.file", file.toString()))) {
      String load =
          ctx.getBean(JdbcClient.class)
              .sql(
                  "SELECT payload FROM ledger_entry WHERE type = 'PlantFileLoaded'"
                      + " ORDER BY seq DESC LIMIT 1")
              .query(String.class)
              .single();
      assertThat(load)
          .contains("\"approval\":\"free\"")
          .contains("\"path\":\"products[762x39-BALL-SC].name\"");
    }
  }
}
