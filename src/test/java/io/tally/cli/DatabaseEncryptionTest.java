package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 5: with TALLY_DB_KEY_FILE the embedded database file is AES-encrypted by H2 with a
 * key kept outside the data folder; without the key it is neither readable nor openable.
 */
class DatabaseEncryptionTest {
  private static final String KEY =
      "9f2c4e6a8b0d1f3e5c7a9b1d3f5e7c9a0b2d4f6e8a1c3e5f7b9d0a2c4e6f8b1d";

  @TempDir Path dir;

  @AfterEach
  void forget() {
    System.clearProperty("tally.data-dir");
    System.clearProperty("tally.db-key-file");
  }

  @Test
  void aKeyFileOutsideTheDataFolderEncryptsTheDatabase() throws Exception {
    Path data = dir.resolve("data");
    Path key = dir.resolve("db.key");
    Files.writeString(key, KEY + "\n");
    System.setProperty("tally.data-dir", data.toString());
    System.setProperty("tally.db-key-file", key.toString());

    CliTest.Run list = CliTest.tally("users", "list");
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(list.out()).contains("admin");

    byte[] file = Files.readAllBytes(data.resolve("tally.mv.db"));
    assertThat(new String(file, StandardCharsets.ISO_8859_1))
        .doesNotContain("ledger_entry")
        .doesNotContain("PlantFileLoaded");
    String secret = Files.readString(data.resolve("db.secret")).strip();
    assertThatThrownBy(
            () ->
                DriverManager.getConnection(
                        "jdbc:h2:file:" + data.resolve("tally") + ";IFEXISTS=TRUE", "tally", secret)
                    .close())
        .isInstanceOf(SQLException.class);

    System.clearProperty("tally.db-key-file");
    CliTest.Run withoutKey = CliTest.tally("users", "list");
    assertThat(withoutKey.status()).isEqualTo(2);
    assertThat(withoutKey.err()).contains("set TALLY_DB_KEY_FILE to its key file");
  }

  @Test
  void aKeyFileInsideTheDataFolderIsRefused() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("db.key"), KEY);
    System.setProperty("tally.data-dir", data.toString());
    System.setProperty("tally.db-key-file", data.resolve("db.key").toString());

    CliTest.Run r = CliTest.tally("users", "list");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("TALLY_DB_KEY_FILE").contains("is inside the data folder");
    assertThat(data.resolve("tally.mv.db")).doesNotExist();
  }
}
