package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.orders.Orders;
import io.tally.security.Role;
import io.tally.security.Users;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Customer orders from the command line. */
@Command(
    name = "orders",
    description = "Import customer orders.",
    subcommands = {OrdersCommand.Import.class})
class OrdersCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Imports a CSV of orders, all or none, each under an authorisation of its customer. */
  @Command(
      name = "import",
      description =
          "Import orders from CSV (order,customer,product,quantity,due,priority) or, for a file"
              + " ending in .xml, from a B2MML V0600 ProductionSchedule request (docs/isa95.md).")
  static class Import implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(
        names = "--as",
        required = true,
        paramLabel = "USER",
        description = "The PLANNER or ADMIN user recorded as importing.")
    String as;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new UserInputException(file + ": no such file");
      }
      boolean xml =
          file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
      String csv = xml ? "" : Files.readString(file, StandardCharsets.UTF_8);
      try (var ctx = SpringLauncher.data()) {
        Users users = ctx.getBean(Users.class);
        if (!users.hasRole(as, Role.PLANNER) && !users.hasRole(as, Role.ADMIN)) {
          throw new UserInputException(
              "--as: '" + as + "' is not an enabled PLANNER or ADMIN user");
        }
        String source = file.getFileName().toString();
        io.tally.orders.OrderCommands.Import command;
        if (xml) {
          try (var in = Files.newInputStream(file)) {
            var read =
                io.tally.integration.isa95.B2mmlOrders.read(
                    source, in, ctx.getBean(io.tally.plant.PlantService.class).plant());
            command =
                new io.tally.orders.OrderCommands.Import(source, read.orders(), read.places());
          } catch (io.tally.integration.isa95.B2mmlOrders.Refused e) {
            throw new UserInputException(e.getMessage());
          }
        } else {
          command = ctx.getBean(Orders.class).read(source, csv);
        }
        var result = ctx.getBean(CommandExecutor.class).execute(new Actor(as), command);
        spec.commandLine()
            .getOut()
            .printf("Imported %d orders from %s.%n", result.imported(), file);
        return 0;
      } catch (CommandRejected e) {
        throw new UserInputException(e.getMessage());
      }
    }
  }
}
