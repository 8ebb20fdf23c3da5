package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.LedgerVerification;
import io.tally.ledger.chain.ChainEntry;
import io.tally.ledger.chain.EntryHash;
import io.tally.security.Users;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The finding of issue 10: an insider with the database can cut the ledger's tail, rewrite it from
 * an edited entry on (deleting the heads that would expose it), or put an older backup in its
 * place. Each must be caught by a witness holding earlier checkpoints and by {@code tally ledger
 * verify --checkpoint}. The server runs on an H2 file in a data folder the command line opens too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LedgerTamperRegressionTest {
  static final Path DATA = dataFolder();
  static final String PASSWORD = "witness-password-1";
  static final Actor OPERATOR = new Actor("op.tamper");

  @LocalServerPort int port;
  @Autowired Ledger ledger;
  @Autowired LedgerEntries entries;
  @Autowired LedgerVerification verification;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired Users users;
  @Autowired io.tally.ledger.Checkpoints checkpoints;

  static Path dataFolder() {
    try {
      Path dir = Files.createTempDirectory("tally-tamper");
      Files.writeString(dir.resolve("db.secret"), "tamper-test-secret");
      return dir;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void onAFileDatabase(DynamicPropertyRegistry registry) {
    registry.add("tally.data-dir", DATA::toString);
    registry.add("tally.ledger.key-dir", () -> DATA.resolve("keys").toString());
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:file:"
                + DATA.resolve("tally")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
    registry.add("spring.datasource.username", () -> "tally");
    registry.add("spring.datasource.password", () -> "tamper-test-secret");
  }

  @BeforeEach
  void anAuditorAndSomeHistory() {
    if (!users.exists("auditor.witness")) {
      users.add(
          Actor.SYSTEM, null, new Users.NewUser("auditor.witness", List.of("AUDITOR"), PASSWORD));
    }
    appendSome(12);
  }

  @Test
  void aCutTailIsCaughtByTheWitnessAndByVerifyWithItsCheckpoints() throws Exception {
    Path state = Files.createTempDirectory(DATA, "witness");
    assertThat(witness(state).check().ok()).isTrue();
    var printed = checkpoints.latest().orElseThrow();
    Snapshot good = snapshot();
    try {
      long head = headSeq();
      long keep = head - 2;
      jdbc.sql("DELETE FROM ledger_entry WHERE seq > ?").param(keep).update();
      jdbc.sql("DELETE FROM ledger_signed_head WHERE seq > ?").param(keep).update();
      jdbc.sql("DELETE FROM ledger_checkpoint WHERE tree_size > ?").param(keep).update();
      resetHead(keep);
      assertThat(verification.signHead()).as("nothing is signed over a cut ledger").isFalse();

      Witness.Outcome seen = witness(state).check();
      assertThat(seen.ok()).isFalse();
      assertThat(seen.message()).contains("ROLLED BACK").contains("size " + head);

      CliRun verify = verifyWith(state.resolve("checkpoints.log"));
      assertThat(verify.status()).as(verify.out() + verify.err()).isEqualTo(1);
      assertThat(verify.out()).contains("checkpoints.log").contains("are gone");
      assertThat(verification.verify().intact())
          .as("the local checkpoint file catches it too")
          .isFalse();

      // The paper alone: without the local checkpoint file, whose earlier checkpoints would be
      // named first (the snapshot puts the file back).
      Files.delete(DATA.resolve("checkpoints/checkpoints.log"));
      CliRun paper = onTheDataFolder("--printed", printed.treeSize() + ":" + printed.rootHash());
      assertThat(paper.status()).as(paper.out() + paper.err()).isEqualTo(1);
      assertThat(paper.out()).contains("printed " + printed.treeSize());
    } finally {
      good.restore();
    }
  }

  @Test
  void aMiddleEntryEditedAndEverythingAfterRehashedIsAFork() throws Exception {
    Path state = Files.createTempDirectory(DATA, "witness");
    assertThat(witness(state).check().ok()).isTrue();
    Snapshot good = snapshot();
    try {
      long head = headSeq();
      long victim = head - 4;
      rewriteFrom(victim);
      jdbc.sql("DELETE FROM ledger_signed_head WHERE seq >= ?").param(victim).update();
      jdbc.sql("DELETE FROM ledger_checkpoint WHERE tree_size >= ?").param(victim).update();
      Files.deleteIfExists(DATA.resolve("checkpoints/checkpoints.log"));
      assertThat(verification.signHead())
          .as("with the checkpoints it can reach gone, the server signs the forged chain")
          .isTrue();

      Witness.Outcome seen = witness(state).check();
      assertThat(seen.ok()).isFalse();
      assertThat(seen.message()).contains("FORKED").contains("held checkpoint");

      CliRun verify = verifyWith(state.resolve("checkpoints.log"));
      assertThat(verify.status()).as(verify.out() + verify.err()).isEqualTo(1);
      assertThat(verify.out()).contains("do not give the root of checkpoint");
    } finally {
      good.restore();
    }
  }

  @Test
  void anOlderBackupPutInPlaceIsARollback() throws Exception {
    Path state = Files.createTempDirectory(DATA, "witness");
    Snapshot older = snapshot();
    appendSome(7);
    assertThat(witness(state).check().ok()).isTrue();
    Snapshot good = snapshot();
    try {
      older.restoreDatabaseOnly();
      Witness.Outcome seen = witness(state).check();
      assertThat(seen.ok()).isFalse();
      assertThat(seen.message()).contains("ROLLED BACK");

      System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
      CliRun cli =
          tally(
              "witness",
              "--url",
              "http://127.0.0.1:" + port,
              "--state",
              state.toString(),
              "--user",
              "auditor.witness",
              "--password-stdin");
      assertThat(cli.status()).isEqualTo(1);
      assertThat(cli.err()).contains("ROLLED BACK").contains("held checkpoint").contains("served");

      CliRun verify = verifyWith(state.resolve("checkpoints.log"));
      assertThat(verify.status()).as(verify.out() + verify.err()).isEqualTo(1);
      assertThat(verification.verify().intact()).isFalse();
    } finally {
      System.setIn(STDIN);
      good.restore();
    }
  }

  @Test
  void anUntamperedLedgerPassesVerifyWithTheWitnessCheckpoints() throws Exception {
    Path state = Files.createTempDirectory(DATA, "witness");
    assertThat(witness(state).check().ok()).isTrue();
    appendSome(6);
    verification.signHead();
    assertThat(witness(state).check().message()).startsWith("cosigned");
    CliRun verify = verifyWith(state.resolve("checkpoints.log"));
    assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("Ledger intact");
    var printed = checkpoints.latest().orElseThrow();
    CliRun paper = onTheDataFolder("--printed", printed.treeSize() + ":" + printed.rootHash());
    assertThat(paper.status()).as(paper.out() + paper.err()).isZero();
    CliRun bad = onTheDataFolder("--printed", "12:not-base64");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("--printed 12:not-base64");
  }

  static final InputStream STDIN = System.in;

  Witness witness(Path state) {
    verification.signHead();
    return new Witness(
        new LedgerLogClient("http://127.0.0.1:" + port, "auditor.witness", PASSWORD),
        new WitnessState(state, "test-witness"),
        null);
  }

  void appendSome(int n) {
    for (int i = 0; i < n; i++) {
      int good = i;
      tx.executeWithoutResult(s -> ledger.append(OPERATOR, "TestCounted", Map.of("good", good)));
    }
  }

  long headSeq() {
    return jdbc.sql("SELECT seq FROM ledger_head WHERE id = 1").query(Long.class).single();
  }

  void resetHead(long seq) {
    String hash = entries.find(seq).orElseThrow().hash();
    jdbc.sql("UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1").params(seq, hash).update();
  }

  /** What an insider without the key can do: change an entry and re-chain everything after it. */
  void rewriteFrom(long victim) {
    String previous = entries.find(victim - 1).orElseThrow().hash();
    long head = headSeq();
    for (long seq = victim; seq <= head; seq++) {
      LedgerEntry e = entries.find(seq).orElseThrow();
      String payload = seq == victim ? e.payloadJson().replace("}", ",\"x\":1}") : e.payloadJson();
      ChainEntry c =
          new ChainEntry(
              seq,
              e.time().toEpochMilli(),
              e.actor(),
              e.type(),
              e.corrects(),
              payload,
              previous,
              null);
      String hash = EntryHash.of(previous, c);
      jdbc.sql("UPDATE ledger_entry SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?")
          .params(payload, previous, hash, seq)
          .update();
      previous = hash;
    }
    resetHead(head);
  }

  record CliRun(int status, String out, String err) {}

  static CliRun tally(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TallyCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /**
   * {@code tally ledger verify --checkpoint FILE} on the same data folder, as an auditor runs it.
   */
  static CliRun verifyWith(Path checkpoints) {
    return onTheDataFolder("--checkpoint", checkpoints.toString());
  }

  /** {@code tally ledger verify} with these options, on the server's data folder. */
  static CliRun onTheDataFolder(String... options) {
    String old = System.getProperty("tally.data-dir");
    System.setProperty("tally.data-dir", DATA.toString());
    try {
      List<String> args = new java.util.ArrayList<>(List.of("ledger", "verify"));
      args.addAll(List.of(options));
      return tally(args.toArray(String[]::new));
    } finally {
      if (old == null) {
        System.clearProperty("tally.data-dir");
      } else {
        System.setProperty("tally.data-dir", old);
      }
    }
  }

  /** The database (as an H2 script) and the checkpoint file, to put back after a tampering. */
  Snapshot snapshot() throws Exception {
    Path script = Files.createTempFile(DATA, "backup", ".sql");
    jdbc.sql("SCRIPT TO '" + script + "'").query().listOfRows();
    Path file = DATA.resolve("checkpoints/checkpoints.log");
    byte[] checkpoints = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    return new Snapshot(script, checkpoints);
  }

  final class Snapshot {
    final Path script;
    final byte[] checkpoints;

    Snapshot(Path script, byte[] checkpoints) {
      this.script = script;
      this.checkpoints = checkpoints;
    }

    void restoreDatabaseOnly() {
      jdbc.sql("DROP ALL OBJECTS").update();
      jdbc.sql("RUNSCRIPT FROM '" + script + "'").update();
    }

    void restore() throws Exception {
      restoreDatabaseOnly();
      Files.write(DATA.resolve("checkpoints/checkpoints.log"), checkpoints);
    }
  }
}
