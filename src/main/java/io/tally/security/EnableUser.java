package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import org.springframework.stereotype.Component;

/** Enables a disabled user again. */
@Component
class EnableUser implements CommandHandler<UserCommands.Enable, Users.UserView> {
  private final UserAdministration administration;

  EnableUser(UserAdministration administration) {
    this.administration = administration;
  }

  @Override
  public Class<UserCommands.Enable> commandType() {
    return UserCommands.Enable.class;
  }

  @Override
  public Users.UserView handle(UserCommands.Enable command, Actor actor) {
    String name = command.name();
    return administration.change(
        actor,
        name,
        u -> {
          if (u.enabled()) {
            throw CommandRejected.conflict("name", "'" + name + "' is enabled already");
          }
          return new UserEvent.UserEnabled(name);
        });
  }
}
