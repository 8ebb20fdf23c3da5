package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import org.springframework.stereotype.Component;

/** An ADMIN sets a user's password; anyone but the ADMIN themselves must change it next. */
@Component
class ResetPassword implements CommandHandler<UserCommands.SetPassword, Passwords.Changed> {
  private final Passwords passwords;
  private final Users users;

  ResetPassword(Passwords passwords, Users users) {
    this.passwords = passwords;
    this.users = users;
  }

  @Override
  public Class<UserCommands.SetPassword> commandType() {
    return UserCommands.SetPassword.class;
  }

  @Override
  public Passwords.Changed handle(UserCommands.SetPassword command, Actor actor) {
    String name = command.name();
    Users.requireAcceptable("password", name, command.password());
    if (!users.exists(name)) {
      throw CommandRejected.notFound("name", "no user '" + name + "'");
    }
    return passwords.store(actor, name, command.password(), !actor.name().equals(name));
  }
}
