package io.tally.cli;

import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantApprovalRequest;
import io.tally.plant.PlantCommands;
import io.tally.security.Role;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Approves another person's proposed plant file, from a date. */
@Command(name = "approve", description = "Approve a proposed plant file (ADMIN or QUALITY).")
class PlantApprove implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID")
  long id;

  @Option(names = "--as", required = true, paramLabel = "USER")
  String as;

  @Option(names = "--effective", paramLabel = "DATE", description = "YYYY-MM-DD; default today.")
  LocalDate effective;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (var ctx = SpringLauncher.data()) {
      var change =
          ctx.getBean(CommandExecutor.class)
              .execute(
                  CliActors.holding(ctx, as, Role.ADMIN, Role.QUALITY),
                  new PlantCommands.Approve(id, new PlantApprovalRequest(effective)));
      PlantCommand.print(spec.commandLine().getOut(), change);
      return 0;
    } catch (CommandRejected e) {
      throw new UserInputException(e.field() + ": " + e.getMessage());
    }
  }
}
