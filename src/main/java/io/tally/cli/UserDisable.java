package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.security.UserAdministration;
import java.io.PrintWriter;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code tally users disable}: a user refused from their next request. */
@Command(name = "disable", description = "Disable a user: refused from their next request.")
class UserDisable extends UserChange {
  @Override
  void apply(ApplicationContext ctx, Actor actor, PrintWriter out) {
    print(out, ctx.getBean(UserAdministration.class).disable(actor, null, name));
  }
}
