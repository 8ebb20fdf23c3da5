package io.tally.security;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The commands on users besides adding one ({@link Users.NewUser}); each command's handler is named
 * after it. A password is never part of what an idempotency key is bound to ({@link JsonIgnore}),
 * never in a command's text and never in the ledger.
 */
public final class UserCommands {
  private UserCommands() {}

  /** A command whose answer is the user as it now stands. */
  public interface ChangesUser extends Command<Users.UserView> {
    @Override
    default Class<Users.UserView> answerType() {
      return Users.UserView.class;
    }
  }

  /** Disable user {@code name} ({@link DisableUser}). */
  @CommandName("user.disable")
  public record Disable(String name) implements ChangesUser {}

  /** Enable user {@code name} again ({@link EnableUser}). */
  @CommandName("user.enable")
  public record Enable(String name) implements ChangesUser {}

  /** Give user {@code name} these roles, and only these ({@link SetUserRoles}). */
  @CommandName("user.roles")
  public record SetRoles(String name, @Nullable List<String> roles) implements ChangesUser {}

  /** Unlock user {@code name} after failed sign-ins locked it ({@link UnlockUser}). */
  @CommandName("user.unlock")
  public record Unlock(String name) implements ChangesUser {}

  /** Lock user {@code name} after too many failed sign-ins; Tally's own ({@link LockUser}). */
  @CommandName("user.lock")
  record Lock(String name) implements Command<Boolean> {
    @Override
    public Class<Boolean> answerType() {
      return Boolean.class;
    }
  }

  /**
   * The signed-in user {@code name} chooses the language of their pages and messages ({@link
   * ChooseLocale}); {@code locale} is a language tag such as {@code es-VE} or {@code en}.
   */
  @CommandName("user.locale")
  public record ChooseLocale(String name, @Nullable String locale) implements Command<String> {
    @Override
    public Class<String> answerType() {
      return String.class;
    }
  }

  /** Enrol user {@code name} in TOTP with a new secret ({@link EnrolTotp}). */
  @CommandName("totp.enrol")
  public record Enrol(String name) implements Command<SecondFactor.Enrolment> {
    @Override
    public Class<SecondFactor.Enrolment> answerType() {
      return SecondFactor.Enrolment.class;
    }
  }

  /** The signed-in user {@code name} changes their own password ({@link ChangeOwnPassword}). */
  @CommandName("password.change")
  public record ChangePassword(
      String name,
      @JsonIgnore @Nullable String oldPassword,
      @JsonIgnore @Nullable String newPassword)
      implements Command<Passwords.Changed> {
    @Override
    public Class<Passwords.Changed> answerType() {
      return Passwords.Changed.class;
    }

    @Override
    public String toString() {
      return "ChangePassword[name=" + name + "]";
    }
  }

  /** An ADMIN sets user {@code name}'s password ({@link ResetPassword}). */
  @CommandName("password.reset")
  public record SetPassword(String name, @JsonIgnore @Nullable String password)
      implements Command<Passwords.Changed> {
    @Override
    public Class<Passwords.Changed> answerType() {
      return Passwords.Changed.class;
    }

    @Override
    public String toString() {
      return "SetPassword[name=" + name + "]";
    }
  }
}
