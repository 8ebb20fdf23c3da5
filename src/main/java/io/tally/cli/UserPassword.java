package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.security.Passwords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tally users password}: a user's password reset. */
@Command(
    name = "password",
    description =
        "Set a user's password (made and shown once unless --password-stdin); the user must"
            + " change it at the next sign-in.")
class UserPassword extends UserChange {
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
