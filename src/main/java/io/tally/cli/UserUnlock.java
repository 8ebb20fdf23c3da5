package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.security.UserAdministration;
import java.io.PrintWriter;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code tally users unlock}: a user locked after failed sign-ins unlocked. */
@Command(name = "unlock", description = "Unlock a user locked after failed sign-ins.")
class UserUnlock extends UserChange {
  @Override
  void apply(ApplicationContext ctx, Actor actor, PrintWriter out) {
    print(out, ctx.getBean(UserAdministration.class).unlock(actor, null, name));
  }
}
