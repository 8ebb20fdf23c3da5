package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Changing passwords: a user changes their own with the old one; an ADMIN resets anyone's, and the
 * user must then change it at the next sign-in. Each change is a {@code PasswordChanged} entry that
 * names the user and never holds the password or its hash. Changing the first admin's password
 * deletes the file that held the generated one.
 */
@Service
public class Passwords {
  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final Commands commands;
  private final PasswordEncoder encoder;
  private final Users users;
  private final AdminPasswordFile adminFile;

  Passwords(
      JdbcClient jdbc,
      Ledger ledger,
      Commands commands,
      PasswordEncoder encoder,
      Users users,
      AdminPasswordFile adminFile) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.commands = commands;
    this.encoder = encoder;
    this.users = users;
    this.adminFile = adminFile;
  }

  /** What a password change left behind: whether the user must change it again, and the entry. */
  public record Changed(String name, boolean mustChange, long ledgerSeq) {}

  /** The signed-in user changes their own password, proving the old one. */
  public Changed changeOwn(Actor actor, String key, String oldPassword, String newPassword) {
    String name = actor.name();
    Users.requireAcceptable("newPassword", name, newPassword);
    return forgetFirstPassword(
        commands.run(
            actor,
            key,
            "password.change",
            Map.of("name", name),
            Changed.class,
            () -> {
              String hash = hash(name);
              if (oldPassword == null || !encoder.matches(oldPassword, hash)) {
                throw CommandRejected.invalid("oldPassword", "the old password is not right");
              }
              if (oldPassword.equals(newPassword)) {
                throw CommandRejected.invalid(
                    "newPassword", "the new password must differ from the old one");
              }
              return store(actor, name, newPassword, false);
            }));
  }

  /** An ADMIN sets a user's password; anyone but the ADMIN themselves must change it next. */
  public Changed reset(Actor actor, String key, String name, String password) {
    Users.requireAcceptable("password", name, password);
    return forgetFirstPassword(
        commands.run(
            actor,
            key,
            "password.reset",
            Map.of("name", name),
            Changed.class,
            () -> {
              if (!users.exists(name)) {
                throw CommandRejected.notFound("name", "no user '" + name + "'");
              }
              return store(actor, name, password, !actor.name().equals(name));
            }));
  }

  /** Whether the user must change their password before doing anything else. */
  boolean mustChange(String name) {
    return jdbc.sql("SELECT must_change FROM user_credential WHERE name = ?")
        .param(name)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  void mustChangeAtNextSignIn(String name) {
    jdbc.sql("UPDATE user_credential SET must_change = TRUE WHERE name = ?").param(name).update();
  }

  private String hash(String name) {
    return jdbc.sql("SELECT password_hash FROM user_credential WHERE name = ?")
        .param(name)
        .query(String.class)
        .optional()
        .orElseThrow(() -> CommandRejected.notFound("name", "no user '" + name + "'"));
  }

  private Changed store(Actor actor, String name, String password, boolean mustChange) {
    jdbc.sql("UPDATE user_credential SET password_hash = ?, must_change = ? WHERE name = ?")
        .params(encoder.encode(password), mustChange, name)
        .update();
    long seq = ledger.append(actor, new UserEvent.PasswordChanged(name, mustChange)).get(0).seq();
    return new Changed(name, mustChange, seq);
  }

  /** After the commit: the generated first password no longer opens anything, so its file goes. */
  private Changed forgetFirstPassword(Changed changed) {
    if (changed.name().equals(AdminPasswordFile.ADMIN)) {
      adminFile.delete();
    }
    return changed;
  }
}
