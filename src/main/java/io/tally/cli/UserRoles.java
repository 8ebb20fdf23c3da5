package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.security.UserAdministration;
import java.io.PrintWriter;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tally users roles}: a user's roles replaced. */
@Command(name = "roles", description = "Set a user's roles (replacing the ones they have).")
class UserRoles extends UserChange {
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
