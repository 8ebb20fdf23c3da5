package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.security.Users;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every {@code tally users} command that changes an existing user takes: the user, who does
 * it, and where to print. Each change is a ledger event recorded as the {@code --as} user, refused
 * with exit 2 naming the field.
 */
abstract class UserChange implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--as",
      paramLabel = "USER",
      defaultValue = "system",
      description = "Who is recorded as making the change (default: ${DEFAULT-VALUE}).")
  String as;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  abstract void apply(ApplicationContext ctx, Actor actor, PrintWriter out) throws IOException;

  @Override
  public Integer call() throws IOException {
    Actor actor;
    try {
      actor = new Actor(as);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--as: " + e.getMessage());
    }
    try (var ctx = SpringLauncher.data()) {
      apply(ctx, actor, spec.commandLine().getOut());
      return 0;
    } catch (CommandRejected e) {
      throw new UserInputException(e.field() + ": " + e.getMessage());
    }
  }

  static void print(PrintWriter out, Users.UserView u) {
    out.printf(
        "%s: %s%s, roles %s%n",
        u.name(),
        u.enabled() ? "enabled" : "disabled",
        u.locked() ? ", locked" : "",
        String.join(",", u.roles()));
  }
}
