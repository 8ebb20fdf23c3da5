package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import org.springframework.stereotype.Component;

/** Disables a user; the last enabled ADMIN is never disabled. */
@Component
class DisableUser implements CommandHandler<UserCommands.Disable, Users.UserView> {
  private final UserAdministration administration;

  DisableUser(UserAdministration administration) {
    this.administration = administration;
  }

  @Override
  public Class<UserCommands.Disable> commandType() {
    return UserCommands.Disable.class;
  }

  @Override
  public Users.UserView handle(UserCommands.Disable command, Actor actor) {
    String name = command.name();
    return administration.change(
        actor,
        name,
        u -> {
          if (!u.enabled()) {
            throw CommandRejected.conflict("name", "'" + name + "' is disabled already");
          }
          return new UserEvent.UserDisabled(name);
        });
  }
}
