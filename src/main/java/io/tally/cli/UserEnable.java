package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.security.UserAdministration;
import java.io.PrintWriter;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code tally users enable}: a disabled user enabled again. */
@Command(name = "enable", description = "Enable a disabled user again.")
class UserEnable extends UserChange {
  @Override
  void apply(ApplicationContext ctx, Actor actor, PrintWriter out) {
    print(out, ctx.getBean(UserAdministration.class).enable(actor, null, name));
  }
}
