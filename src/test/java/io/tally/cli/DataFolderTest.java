package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's modes: owner-only, narrowed but never widened, and every change named. */
class DataFolderTest {
  @TempDir Path tmp;

  @Test
  void aNewDataFolderIsOwnerOnly() throws IOException {
    Path data = tmp.resolve("a/b/data");
    DataFolder.create(data);
    assertThat(mode(data)).isEqualTo("rwx------");
  }

  @Test
  void groupAndOtherPermissionsAreTakenOffAndNamed() throws IOException {
    Path data = Files.createDirectory(tmp.resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxr-x"));
    Path db = Files.writeString(data.resolve("tally.mv.db"), "x");
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw----"));

    assertThat(DataFolder.tighten(data))
        .containsExactlyInAnyOrder(
            data + " was rwxrwxr-x, now rwx------", db + " was rw-rw----, now rw-------");
    assertThat(mode(data)).isEqualTo("rwx------");
    assertThat(mode(db)).isEqualTo("rw-------");
    assertThat(DataFolder.tighten(data)).as("nothing left to report").isEmpty();
  }

  @Test
  void aFileNarrowerThanSixHundredIsLeftAlone() throws IOException {
    Path data = Files.createDirectory(tmp.resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    Path secret = Files.writeString(data.resolve("db.secret"), "x");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("r--------"));

    assertThat(DataFolder.tighten(data)).isEmpty();
    assertThat(mode(secret)).isEqualTo("r--------");
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
