package io.tally.cli;

import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantChangeRequest;
import io.tally.security.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Records a proposed plant file and its differences from the file in force. */
@Command(name = "propose", description = "Propose a changed plant file (ADMIN).")
class PlantPropose implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Option(names = "--as", required = true, paramLabel = "USER")
  String as;

  @Option(
      names = "--reset-streams",
      paramLabel = "REASON",
      description =
          "Restart inspection streams whose level or AQL changes on normal inspection, for this"
              + " reason (default: they keep their severity).")
  String resetStreams;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot read: " + e.getMessage());
    }
    try (var ctx = SpringLauncher.data()) {
      var change =
          ctx.getBean(CommandExecutor.class)
              .execute(
                  CliActors.holding(ctx, as, Role.ADMIN),
                  new PlantChangeRequest(file.getFileName().toString(), text, resetStreams));
      PlantCommand.print(spec.commandLine().getOut(), change);
      return 0;
    } catch (CommandRejected e) {
      throw new UserInputException(file + ": " + e.field() + ": " + e.getMessage());
    }
  }
}
