package io.tally.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * A read-only way into the embedded database for someone looking without Tally: the database user
 * {@code auditor} may only SELECT. Not an administrator, it cannot write files, link other
 * databases or change a row, so an auditor's shell cannot alter the record it inspects. Its
 * password is made on first use and kept in the data folder (600).
 */
final class AuditorAccess {
  static final String USER = "auditor";
  static final String PASSWORD_FILE = "auditor-password.txt";

  private AuditorAccess() {}

  /** Creates the user when missing and sets its password to the one in the file. */
  static void ensure(DataSource dataSource, Path dataDir) {
    String password = password(dataDir.resolve(PASSWORD_FILE));
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      // The password is hex from our own random bytes, so it is safe inside the literal.
      s.execute("CREATE USER IF NOT EXISTS " + USER + " PASSWORD '" + password + "'");
      s.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
      s.execute("GRANT SELECT ON SCHEMA public TO " + USER);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set up the read-only auditor user: " + e, e);
    }
  }

  private static String password(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, HexFormat.of().formatHex(bytes) + System.lineSeparator());
      }
      String password = Files.readString(file).strip();
      if (!password.matches("[0-9a-f]{32}")) {
        throw new IllegalStateException(file + " does not hold a password Tally made");
      }
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make " + file, e);
    }
  }
}
