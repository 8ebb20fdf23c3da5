package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.cli.ListeningSockets.Listening;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 5: {@code tally serve} on the embedded database keeps it private. H2's auto-server
 * (which lets the CLI reach the database while the server holds it) listens on loopback only and
 * asks for the database password; the data folder is 700 and its files 600, and a folder found open
 * is reported; an auditor gets a user that may only read.
 */
class EmbeddedDatabaseRegressionTest {
  private static final int NOT_ENOUGH_RIGHTS = 90096;
  private static final int ADMIN_RIGHTS_REQUIRED = 90040;
  private static final int WRONG_USER_OR_PASSWORD = 28000;

  @TempDir static Path tmp;
  static Path data;
  static ServeProcess serve;

  /** A data folder restored from a copy that lost its modes: open folder, readable secret. */
  @BeforeAll
  static void serveOnAnOpenDataFolder() throws Exception {
    data = tmp.resolve("data");
    Files.createDirectories(data);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path secret = data.resolve("db.secret");
    Files.writeString(secret, "0123456789abcdef0123456789abcdef0123456789abcdef");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
    serve = ServeProcess.serve(data, Map.of());
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (serve != null) {
      serve.close();
    }
  }

  @Test
  void theAutoServerListensOnLoopbackOnly() throws IOException {
    List<Listening> sockets = ListeningSockets.of(serve.pid());
    int h2 = autoServerPort();
    assertThat(sockets).filteredOn(s -> s.port() == h2).isNotEmpty().allMatch(Listening::loopback);
    assertThat(sockets)
        .as("every socket but the web server's")
        .filteredOn(s -> s.port() != serve.port())
        .allMatch(Listening::loopback);
  }

  @Test
  void theDataFolderIsOwnerOnlyAndItsFilesToo() throws IOException {
    assertThat(mode(data)).isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(data)) {
      List<Path> regular = files.filter(Files::isRegularFile).toList();
      assertThat(regular)
          .extracting(p -> p.getFileName().toString())
          .contains("tally.mv.db", "tally.lock.db", "db.secret", AuditorAccess.PASSWORD_FILE);
      assertThat(regular)
          .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
    }
  }

  @Test
  void anOpenDataFolderIsReportedWhenFound() throws IOException {
    assertThat(serve.output())
        .contains("WARN")
        .contains(
            "Data folder was open to group or others: " + data + " was rwxr-xr-x, now rwx------")
        .contains(data.resolve("db.secret") + " was rw-r--r--, now rw-------");
  }

  @Test
  void cliCommandsReachTheDatabaseWhileServeHoldsIt() throws Exception {
    ServeProcess.Finished verify = ServeProcess.run(data, Map.of(), "ledger", "verify");
    assertThat(verify.status()).as(verify.output()).isZero();
    assertThat(verify.output()).contains("Ledger intact");
  }

  @Test
  void theAutoServerStillAsksForTheDatabasePassword() {
    assertThatThrownBy(() -> connect("tally", "not-the-secret").close())
        .isInstanceOfSatisfying(
            SQLException.class,
            e -> assertThat(e.getErrorCode()).isEqualTo(WRONG_USER_OR_PASSWORD));
  }

  @Test
  void theAuditorUserMayReadButNeitherWriteNorReachFiles() throws Exception {
    String password = Files.readString(data.resolve(AuditorAccess.PASSWORD_FILE)).strip();
    try (Connection c = connect(AuditorAccess.USER, password);
        var s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM ledger_entry")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isPositive();
      }
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM ledger_entry"))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(NOT_ENOUGH_RIGHTS));
      Path copy = tmp.resolve("copy.csv");
      assertThatThrownBy(() -> s.execute("CALL CSVWRITE('" + copy + "', 'SELECT 1')"))
          .isInstanceOfSatisfying(
              SQLException.class,
              e -> assertThat(e.getErrorCode()).isEqualTo(ADMIN_RIGHTS_REQUIRED));
      assertThat(copy).doesNotExist();
    }
  }

  /** As H2's shell would: through the auto-server named in the lock file. */
  private static Connection connect(String user, String password) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    p.setProperty("password", password);
    return DriverManager.getConnection(
        "jdbc:h2:file:" + data.resolve("tally") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE", p);
  }

  /** H2 writes the auto-server's address into the lock file for other processes to find. */
  private static int autoServerPort() throws IOException {
    Properties lock = new Properties();
    try (var in = Files.newInputStream(data.resolve("tally.lock.db"))) {
      lock.load(in);
    }
    String server = lock.getProperty("server");
    assertThat(server).as("auto-server address in the lock file").isNotNull();
    return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
