package io.tally.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code data/admin-password.txt}: the first admin's generated password, readable by its owner
 * only, and deleted once that password is changed, so it does not outlive its use.
 */
@Component
class AdminPasswordFile {
  static final String ADMIN = "admin";
  private final Path file;

  AdminPasswordFile(@Value("${tally.data-dir:./data}") Path dataDir) {
    this.file = dataDir.resolve("admin-password.txt");
  }

  Path write(String password) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, password + System.lineSeparator());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }
}
