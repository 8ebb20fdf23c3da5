package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.security.Role;
import io.tally.security.Users;
import java.util.Arrays;
import org.springframework.context.ApplicationContext;

/** The user a command that changes data is recorded under ({@code --as}), checked for its role. */
final class CliActors {
  private CliActors() {}

  /** The ADMIN user a command is recorded under; refused unless the user holds ADMIN. */
  static Actor admin(ApplicationContext ctx, String name) {
    if (!ctx.getBean(Users.class).hasRole(name, Role.ADMIN)) {
      throw new UserInputException("--as: '" + name + "' is not an enabled ADMIN user");
    }
    return new Actor(name);
  }

  /** The user a command is recorded under; refused unless the user holds one of the roles. */
  static Actor holding(ApplicationContext ctx, String name, Role... roles) {
    Users users = ctx.getBean(Users.class);
    for (Role r : roles) {
      if (users.hasRole(name, r)) {
        return new Actor(name);
      }
    }
    throw new UserInputException(
        "--as: '" + name + "' is not an enabled user with role " + Arrays.toString(roles));
  }
}
