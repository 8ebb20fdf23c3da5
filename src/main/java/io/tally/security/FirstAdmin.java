package io.tally.security;

import io.tally.kernel.Actor;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database, creates the user {@code admin} with a random password,
 * shows it once on the console and writes it to a file only its owner can read. There is no default
 * password, and the generated one must be changed at the first sign-in, which deletes the file.
 */
@Component
@Order(1)
// Not while a backup is restored: the restored ledger must be the only one.
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
    name = "tally.restoring",
    havingValue = "false",
    matchIfMissing = true)
class FirstAdmin implements ApplicationRunner {
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final Users users;
  private final Passwords passwords;
  private final AdminPasswordFile file;

  FirstAdmin(Users users, Passwords passwords, AdminPasswordFile file) {
    this.users = users;
    this.passwords = passwords;
    this.file = file;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.count() > 0) {
      return;
    }
    String password = randomPassword(24);
    users.add(
        Actor.SYSTEM, null, new Users.NewUser(AdminPasswordFile.ADMIN, List.of("ADMIN"), password));
    passwords.mustChangeAtNextSignIn(AdminPasswordFile.ADMIN);
    Path written = file.write(password);
    System.out.println();
    System.out.println("Tally: first start. Created user 'admin' with password: " + password);
    System.out.println("       (shown once; also in " + written.toAbsolutePath() + ", mode 600;");
    System.out.println("       it must be changed at the first sign-in, which deletes the file)");
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
