package io.tally.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The settings of the embedded H2 database in the data folder: its password, its auto-server
 * (loopback only) and, with TALLY_DB_KEY_FILE, AES file encryption with a key kept elsewhere.
 */
final class EmbeddedDatabase {
  static final String LOOPBACK = "127.0.0.1";
  private static final int MIN_KEY_LENGTH = 16;
  // H2's error codes for a file it cannot decrypt, or cannot read as a database at all.
  private static final int ENCRYPTION_ERROR = 90049;
  private static final int FILE_CORRUPTED = 90030;

  private EmbeddedDatabase() {}

  /** The properties application.yaml's embedded URL and the data source read. */
  static Map<String, Object> properties(Path dataDir, String keyFileVariable) {
    Map<String, Object> props = new HashMap<>();
    boolean keyed = keyFileVariable != null && !keyFileVariable.isBlank();
    String key = keyed ? fileKey(Path.of(keyFileVariable), dataDir) : null;
    String password = password(dataDir.resolve("db.secret"));
    if (keyed) {
      props.put("tally.h2.cipher", ";CIPHER=AES");
      // H2 takes the file key and the user's password as one, separated by a space.
      password = key + " " + password;
    }
    props.put("spring.datasource.password", password);
    props.put("tally.h2.auto-server", autoServerOnLoopbackOnly() ? "TRUE" : "FALSE");
    return props;
  }

  /**
   * The auto-server lets the CLI reach the database while {@code serve} holds it open. H2 starts it
   * for every interface unless {@code h2.bindAddress} is set before H2 first reads its system
   * properties; when that already happened (H2 used earlier in this JVM) there is no auto-server.
   */
  static boolean autoServerOnLoopbackOnly() {
    System.setProperty("h2.bindAddress", LOOPBACK);
    return LOOPBACK.equals(org.h2.engine.SysProperties.BIND_ADDRESS);
  }

  /** A random password made on first use, owner-readable only, so there is no default one. */
  static String password(Path secret) {
    try {
      if (!Files.exists(secret)) {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        Files.createFile(
            secret,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secret, HexFormat.of().formatHex(bytes));
      }
      return Files.readString(secret).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make " + secret, e);
    }
  }

  /**
   * The file encryption key. Kept in the data folder it would travel with every copy of the
   * database and protect nothing, so it must live elsewhere.
   */
  static String fileKey(Path keyFile, Path dataDir) {
    Path key = real(keyFile);
    if (key.startsWith(real(dataDir))) {
      throw new UserInputException(
          "TALLY_DB_KEY_FILE: " + keyFile + " is inside the data folder; keep the key elsewhere");
    }
    String text;
    try {
      text = Files.readString(key).strip();
    } catch (IOException e) {
      throw new UserInputException("TALLY_DB_KEY_FILE: cannot read " + keyFile);
    }
    if (text.length() < MIN_KEY_LENGTH || text.chars().anyMatch(Character::isWhitespace)) {
      throw new UserInputException(
          "TALLY_DB_KEY_FILE: "
              + keyFile
              + " must hold one key of at least "
              + MIN_KEY_LENGTH
              + " characters without spaces");
    }
    return text;
  }

  /** Through symbolic links, so a link cannot hide a key that lies in the data folder. */
  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /**
   * A start that failed because the file and the key do not match (an encrypted database without
   * its key, a plain one with a key, another key) says so, naming the variable to look at.
   */
  static RuntimeException explain(RuntimeException failure, Path dataDir, String keyFile) {
    boolean keyed = keyFile != null && !keyFile.isBlank();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && (sql.getErrorCode() == ENCRYPTION_ERROR || sql.getErrorCode() == FILE_CORRUPTED)) {
        return new UserInputException(
            keyed
                ? "TALLY_DB_KEY_FILE: the database in "
                    + dataDir
                    + " does not open with the key in "
                    + keyFile
                    + " (a database made without a key, or with another one)"
                : "the database in "
                    + dataDir
                    + " cannot be read; if it was made encrypted, set TALLY_DB_KEY_FILE to its"
                    + " key file");
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return failure;
  }
}
