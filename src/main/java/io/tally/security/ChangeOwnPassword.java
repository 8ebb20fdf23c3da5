package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import org.springframework.stereotype.Component;

/** The signed-in user changes their own password, proving the old one. */
@Component
class ChangeOwnPassword implements CommandHandler<UserCommands.ChangePassword, Passwords.Changed> {
  private final Passwords passwords;

  ChangeOwnPassword(Passwords passwords) {
    this.passwords = passwords;
  }

  @Override
  public Class<UserCommands.ChangePassword> commandType() {
    return UserCommands.ChangePassword.class;
  }

  @Override
  public Passwords.Changed handle(UserCommands.ChangePassword command, Actor actor) {
    String name = actor.name();
    if (!command.name().equals(name)) {
      throw CommandRejected.invalid("name", "a user changes only their own password");
    }
    String oldPassword = command.oldPassword();
    String newPassword = command.newPassword();
    Users.requireAcceptable("newPassword", name, newPassword);
    String hash = passwords.hash(name);
    if (oldPassword == null || !passwords.matches(oldPassword, hash)) {
      throw CommandRejected.invalid("oldPassword", "the old password is not right");
    }
    if (oldPassword.equals(newPassword)) {
      throw CommandRejected.invalid("newPassword", "the new password must differ from the old one");
    }
    return passwords.store(actor, name, newPassword, false);
  }
}
