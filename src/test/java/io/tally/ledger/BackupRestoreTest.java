package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.cli.SpringLauncher;
import io.tally.cli.TallyCommand;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.support.Postgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code tally backup} and {@code tally restore}: a backup taken while commands run restores into
 * an empty database, verifies and replays; a tampered archive is refused naming the entry, and
 * nothing is written; a database that holds a ledger is not restored over.
 */
class BackupRestoreTest {
  @TempDir Path dir;
  private final String old = System.getProperty("tally.data-dir");

  record Run(int status, String out, String err) {}

  static Run tally(Path dataDir, String... args) {
    System.setProperty("tally.data-dir", dataDir.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = TallyCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @AfterEach
  void restoreDataDir() {
    if (old == null) {
      System.clearProperty("tally.data-dir");
    } else {
      System.setProperty("tally.data-dir", old);
    }
  }

  static void record(CommandExecutor commands, String id) {
    commands.execute(new Actor("backup.planner"), CommandBusTest.authorisation(id, 1_000));
  }

  @Test
  void aBackupRestoresIntoAnEmptyDatabaseVerifiesAndReplays() throws Exception {
    Path source = dir.resolve("source");
    System.setProperty("tally.data-dir", source.toString());
    try (var ctx = SpringLauncher.data()) {
      for (int i = 0; i < 12; i++) {
        record(ctx.getBean(CommandExecutor.class), "BACKUP-" + i);
      }
    }
    Path archive = dir.resolve("tally.backup");
    Run backup = tally(source, "backup", "--to", archive.toString());
    assertThat(backup.status()).as(backup.err()).isZero();
    assertThat(backup.out()).startsWith("Backup written to");

    Path target = dir.resolve("target");
    Run restore = tally(target, "restore", "--from", archive.toString());
    assertThat(restore.status()).as(restore.err() + restore.out()).isZero();
    assertThat(restore.out()).contains("projections rebuilt").contains("Ledger intact:");
    assertThat(tally(target, "ledger", "verify").status()).isZero();
    Run replay = tally(target, "ledger", "replay");
    assertThat(replay.status()).as(replay.out()).isZero();
    System.setProperty("tally.data-dir", target.toString());
    try (var ctx = SpringLauncher.data()) {
      assertThat(
              ctx.getBean(JdbcClient.class)
                  .sql("SELECT COUNT(*) FROM authorisation WHERE id LIKE 'BACKUP-%'")
                  .query(Long.class)
                  .single())
          .isEqualTo(12);
    }

    Run again = tally(target, "restore", "--from", archive.toString());
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("already holds").contains("empty database");
  }

  @Test
  void aTamperedArchiveIsRefusedNamingTheEntryAndNothingIsWritten() throws Exception {
    Path source = dir.resolve("source");
    System.setProperty("tally.data-dir", source.toString());
    try (var ctx = SpringLauncher.data()) {
      record(ctx.getBean(CommandExecutor.class), "TAMPER-1");
    }
    Path archive = dir.resolve("tally.backup");
    assertThat(tally(source, "backup", "--to", archive.toString()).status()).isZero();
    Path tampered = dir.resolve("tampered.backup");
    rewrite(archive, tampered, "tables/ledger_entry.jsonl", s -> s.replace("1000", "9000"));

    Path target = dir.resolve("target");
    Run refused = tally(target, "restore", "--from", tampered.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err())
        .contains("REFUSED, nothing restored")
        .containsPattern("entry [0-9]+: content does not match its hash");
    System.setProperty("tally.data-dir", target.toString());
    try (var ctx = SpringLauncher.start(false, Map.of("tally.restoring", true))) {
      assertThat(
              ctx.getBean(JdbcClient.class)
                  .sql("SELECT COUNT(*) FROM ledger_entry")
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }

  /** Online on PostgreSQL: commands keep running during the backup; the archive is one moment. */
  @Test
  void anOnlineBackupOnPostgresIsConsistentAndRestoresIntoAnotherDatabase() throws Exception {
    Postgres.assumeAvailable();
    Map<String, Object> from = pg(Postgres.newDatabase());
    System.setProperty("tally.data-dir", dir.resolve("pg-source").toString());
    BackupManifest manifest;
    AtomicInteger written = new AtomicInteger();
    try (var ctx = SpringLauncher.start(false, from)) {
      CommandExecutor commands = ctx.getBean(CommandExecutor.class);
      AtomicBoolean running = new AtomicBoolean(true);
      Thread writer =
          new Thread(
              () -> {
                while (running.get()) {
                  record(commands, "ONLINE-" + written.incrementAndGet());
                }
              });
      writer.start();
      while (written.get() < 5) {
        Thread.sleep(20);
      }
      manifest = ctx.getBean(LedgerBackup.class).backup(dir.resolve("pg.backup"));
      running.set(false);
      writer.join();
    }
    assertThat(manifest.database()).isEqualTo("PostgreSQL");
    assertThat(manifest.tables().get("ledger_entry")).isEqualTo(manifest.headSeq());

    Map<String, Object> to = new java.util.HashMap<>(pg(Postgres.newDatabase()));
    to.put("tally.restoring", true);
    System.setProperty("tally.data-dir", dir.resolve("pg-target").toString());
    try (var ctx = SpringLauncher.start(false, to)) {
      var report = ctx.getBean(LedgerRestore.class).restore(dir.resolve("pg.backup"), List.of());
      assertThat(report.reason()).isNull();
      assertThat(report.accepted()).isTrue();
      assertThat(report.restored().intact()).isTrue();
      assertThat(report.restored().entriesChecked()).isEqualTo(manifest.headSeq());
      assertThat(ctx.getBean(Replay.class).run().identical()).isTrue();
    }
  }

  static Map<String, Object> pg(String url) {
    return Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "");
  }

  static void rewrite(
      Path from, Path to, String entry, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    try (ZipFile in = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().equals(entry)) {
          bytes =
              edit.apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
  }
}
