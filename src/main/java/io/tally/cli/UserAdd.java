package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.security.Users;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Adds a user; the password comes from standard input or is made and shown once. */
@Command(name = "add", description = "Add a user with one or more roles.")
class UserAdd implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--role",
      required = true,
      split = ",",
      paramLabel = "ROLE",
      description = "ADMIN, PLANNER, OPERATOR, QUALITY, WAREHOUSE or AUDITOR (repeatable).")
  List<String> roles;

  @Option(names = "--password-stdin", description = "Read the password from standard input.")
  boolean passwordStdin;

  @Option(
      names = "--as",
      paramLabel = "USER",
      defaultValue = "system",
      description =
          "Who is recorded as adding the user (default: ${DEFAULT-VALUE}, the local operator of the machine).")
  String as;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String password;
    boolean generated = false;
    if (passwordStdin) {
      password =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (password == null) {
        throw new UserInputException("--password-stdin: no password on standard input");
      }
    } else {
      password = RandomPasswords.make(24);
      generated = true;
    }
    try (var ctx = SpringLauncher.data()) {
      Users users = ctx.getBean(Users.class);
      Actor actor;
      try {
        actor = new Actor(as);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--as: " + e.getMessage());
      }
      var view = users.add(actor, null, new Users.NewUser(name, roles, password));
      spec.commandLine()
          .getOut()
          .printf(
              "Added user '%s' with roles %s (ledger entry %d).%n",
              view.name(), view.roles(), view.ledgerSeq());
      if (generated) {
        spec.commandLine().getOut().println("Password (shown once): " + password);
      }
      return 0;
    } catch (CommandRejected e) {
      throw new UserInputException(e.field() + ": " + e.getMessage());
    }
  }
}
