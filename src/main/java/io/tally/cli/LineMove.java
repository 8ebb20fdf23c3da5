package io.tally.cli;

import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.plant.LineTransitionRequest;
import io.tally.plant.PlantCommands;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Moves a line to another lifecycle state. */
@Command(name = "move", description = "Move a line to another lifecycle state.")
class LineMove implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "LINE")
  String line;

  @Parameters(
      index = "1",
      paramLabel = "STATE",
      description = "installed, commissioning, accepted, operating, under-maintenance, retired")
  String state;

  @Option(names = "--reason", required = true)
  String reason;

  @Option(
      names = "--as",
      required = true,
      paramLabel = "USER",
      description = "The ADMIN user recorded as making the move.")
  String as;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (var ctx = SpringLauncher.data()) {
      var view =
          ctx.getBean(CommandExecutor.class)
              .execute(
                  CliActors.admin(ctx, as),
                  new PlantCommands.Transition(line, new LineTransitionRequest(state, reason)));
      spec.commandLine().getOut().printf("Line %s is now %s.%n", view.id(), view.state());
      return 0;
    } catch (CommandRejected e) {
      throw new UserInputException(e.field() + ": " + e.getMessage());
    }
  }
}
