package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.security.Passwords;
import io.tally.security.SecondFactor;
import io.tally.security.UserAdministration;
import io.tally.security.Users;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code tally users} commands that change an existing user: each a ledger event recorded as
 * the {@code --as} user, refused with exit 2 naming the field.
 */
final class UserChanges {
  private UserChanges() {}

  /** What every change takes: the user, who does it, and where to print. */
  abstract static class Change implements Callable<Integer> {
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

  @Command(name = "disable", description = "Disable a user: refused from their next request.")
  static class Disable extends Change {
    @Override
    void apply(ApplicationContext ctx, Actor actor, PrintWriter out) {
      print(out, ctx.getBean(UserAdministration.class).disable(actor, null, name));
    }
  }

  @Command(name = "enable", description = "Enable a disabled user again.")
  static class Enable extends Change {
    @Override
    void apply(ApplicationContext ctx, Actor actor, PrintWriter out) {
      print(out, ctx.getBean(UserAdministration.class).enable(actor, null, name));
    }
  }

  @Command(name = "unlock", description = "Unlock a user locked after failed sign-ins.")
  static class Unlock extends Change {
    @Override
    void apply(ApplicationContext ctx, Actor actor, PrintWriter out) {
      print(out, ctx.getBean(UserAdministration.class).unlock(actor, null, name));
    }
  }

  @Command(name = "roles", description = "Set a user's roles (replacing the ones they have).")
  static class Roles extends Change {
    @Option(
        names = "--role",
        required = true,
        split = ",",
        paramLabel = "ROLE",
        description = "ADMIN, PLANNER, OPERATOR, QUALITY, WAREHOUSE or AUDITOR (repeatable).")
    List<String> roles;

    @Override
    void apply(ApplicationContext ctx, Actor actor, PrintWriter out) {
      print(out, ctx.getBean(UserAdministration.class).setRoles(actor, null, name, roles));
    }
  }

  @Command(
      name = "password",
      description =
          "Set a user's password (made and shown once unless --password-stdin); the user must"
              + " change it at the next sign-in.")
  static class Password extends Change {
    @Option(names = "--password-stdin", description = "Read the password from standard input.")
    boolean passwordStdin;

    @Override
    void apply(ApplicationContext ctx, Actor actor, PrintWriter out) throws IOException {
      String password = passwordStdin ? stdin() : RandomPasswords.make(24);
      var changed = ctx.getBean(Passwords.class).reset(actor, null, name, password);
      out.printf("Password of '%s' set (ledger entry %d).%n", name, changed.ledgerSeq());
      if (!passwordStdin) {
        out.println("Password (shown once): " + password);
      }
      if (changed.mustChange()) {
        out.println("It must be changed at the next sign-in.");
      }
    }

    private static String stdin() throws IOException {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        throw new UserInputException("--password-stdin: no password on standard input");
      }
      return line;
    }
  }

  @Command(
      name = "totp",
      description =
          "Enrol a user in TOTP (RFC 6238): prints the secret and otpauth URI once; from then on"
              + " sign-in needs a code too.")
  static class Totp extends Change {
    @Override
    void apply(ApplicationContext ctx, Actor actor, PrintWriter out) {
      var e = ctx.getBean(SecondFactor.class).enrol(actor, name);
      out.printf("'%s' is enrolled in TOTP (shown once, keep it secret):%n", e.name());
      out.println("Secret: " + e.secret());
      out.println("URI:    " + e.uri());
    }
  }
}
