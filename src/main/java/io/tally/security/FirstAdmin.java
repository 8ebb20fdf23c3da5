package io.tally.security;

import io.tally.ledger.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database, creates the user {@code admin} with a random password,
 * shows it once on the console and writes it to a file only its owner can read. There is no default
 * password.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final Users users;
  private final Path dataDir;

  FirstAdmin(Users users, @Value("${tally.data-dir:./data}") Path dataDir) {
    this.users = users;
    this.dataDir = dataDir;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.count() > 0) {
      return;
    }
    String password = randomPassword(24);
    users.add(Actor.SYSTEM, null, new Users.NewUser("admin", List.of("ADMIN"), password));
    Path file = dataDir.resolve("admin-password.txt");
    try {
      Files.createDirectories(dataDir);
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, password + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    System.out.println();
    System.out.println("Tally: first start. Created user 'admin' with password: " + password);
    System.out.println("       (shown once; also in " + file.toAbsolutePath() + ", mode 600)");
    System.out.println();
  }

  static String randomPassword(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
