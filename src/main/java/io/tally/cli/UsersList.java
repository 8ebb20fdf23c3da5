package io.tally.cli;

import io.tally.security.Users;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Lists users, their roles and state. */
@Command(name = "list", description = "List users, their roles and state.")
class UsersList implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (var ctx = SpringLauncher.data()) {
      for (var u : ctx.getBean(Users.class).all()) {
        spec.commandLine()
            .getOut()
            .printf(
                "%-20s %-30s %s%n",
                u.name(),
                String.join(",", u.roles()),
                (u.enabled() ? "enabled" : "disabled") + (u.locked() ? ", locked" : ""));
      }
      return 0;
    }
  }
}
