package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Gives a user these roles and only these; the last enabled ADMIN keeps the role. */
@Component
class SetUserRoles implements CommandHandler<UserCommands.SetRoles, Users.UserView> {
  private final UserAdministration administration;

  SetUserRoles(UserAdministration administration) {
    this.administration = administration;
  }

  @Override
  public Class<UserCommands.SetRoles> commandType() {
    return UserCommands.SetRoles.class;
  }

  @Override
  public Users.UserView handle(UserCommands.SetRoles command, Actor actor) {
    List<String> roles = command.roles();
    Set<String> parsed = new TreeSet<>();
    if (roles == null || roles.isEmpty()) {
      throw CommandRejected.invalid("roles", "at least one role is required");
    }
    for (String r : roles) {
      try {
        parsed.add(Role.parse(r).name());
      } catch (IllegalArgumentException e) {
        throw CommandRejected.invalid("roles", e.getMessage());
      }
    }
    List<Role> granted = parsed.stream().map(Role::valueOf).toList();
    return administration.change(
        actor, command.name(), u -> new UserEvent.UserRolesChanged(command.name(), granted));
  }
}
