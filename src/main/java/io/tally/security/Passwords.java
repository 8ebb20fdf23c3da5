package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
  private final CommandExecutor commands;
  private final PasswordEncoder encoder;
  private final AdminPasswordFile adminFile;

  Passwords(
      JdbcClient jdbc,
      Ledger ledger,
      CommandExecutor commands,
      PasswordEncoder encoder,
      AdminPasswordFile adminFile) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.commands = commands;
    this.encoder = encoder;
    this.adminFile = adminFile;
  }

  /** What a password change left behind: whether the user must change it again, and the entry. */
  public record Changed(String name, boolean mustChange, long ledgerSeq) {}

  /**
   * The signed-in user changes their own password, proving the old one ({@link ChangeOwnPassword}).
   */
  public Changed changeOwn(Actor actor, String key, String oldPassword, String newPassword) {
    return commands.execute(
        actor,
        new IdempotencyKey(key),
        new UserCommands.ChangePassword(actor.name(), oldPassword, newPassword));
  }

  /** An ADMIN sets a user's password ({@link ResetPassword}). */
  public Changed reset(Actor actor, String key, String name, String password) {
    return commands.execute(
        actor, new IdempotencyKey(key), new UserCommands.SetPassword(name, password));
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

  String hash(String name) {
    return jdbc.sql("SELECT password_hash FROM user_credential WHERE name = ?")
        .param(name)
        .query(String.class)
        .optional()
        .orElseThrow(() -> CommandRejected.notFound("name", "no user '" + name + "'"));
  }

  /**
   * Stores the new password's hash and records the change; once the command commits, the file that
   * held the first admin's generated password is deleted, since it no longer opens anything.
   */
  Changed store(Actor actor, String name, String password, boolean mustChange) {
    jdbc.sql("UPDATE user_credential SET password_hash = ?, must_change = ? WHERE name = ?")
        .params(encoder.encode(password), mustChange, name)
        .update();
    long seq = ledger.append(actor, new UserEvent.PasswordChanged(name, mustChange)).get(0).seq();
    if (name.equals(AdminPasswordFile.ADMIN)) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              adminFile.delete();
            }
          });
    }
    return new Changed(name, mustChange, seq);
  }

  boolean matches(String password, String hash) {
    return encoder.matches(password, hash);
  }
}
