package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.security.SecondFactor;
import java.io.PrintWriter;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code tally users totp}: a user enrolled in TOTP. */
@Command(
    name = "totp",
    description =
        "Enrol a user in TOTP (RFC 6238): prints the secret and otpauth URI once; from then on"
            + " sign-in needs a code too.")
class UserTotp extends UserChange {
  @Override
  void apply(ApplicationContext ctx, Actor actor, PrintWriter out) {
    var e = ctx.getBean(SecondFactor.class).enrol(actor, name);
    out.printf("'%s' is enrolled in TOTP (shown once, keep it secret):%n", e.name());
    out.println("Secret: " + e.secret());
    out.println("URI:    " + e.uri());
  }
}
