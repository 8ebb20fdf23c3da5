package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import org.springframework.stereotype.Component;

/** Unlocks a user that failed sign-ins locked. */
@Component
class UnlockUser implements CommandHandler<UserCommands.Unlock, Users.UserView> {
  private final UserAdministration administration;

  UnlockUser(UserAdministration administration) {
    this.administration = administration;
  }

  @Override
  public Class<UserCommands.Unlock> commandType() {
    return UserCommands.Unlock.class;
  }

  @Override
  public Users.UserView handle(UserCommands.Unlock command, Actor actor) {
    String name = command.name();
    return administration.change(
        actor,
        name,
        u -> {
          if (!u.locked()) {
            throw CommandRejected.conflict("name", "'" + name + "' is not locked");
          }
          return new UserEvent.UserUnlocked(name);
        });
  }
}
