package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantApprovalRequest;
import io.tally.plant.PlantChangeRequest;
import io.tally.plant.PlantChangeView;
import io.tally.plant.PlantCommands;
import io.tally.security.Role;
import io.tally.security.Users;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Plant-file change control: propose a file, approve another person's proposal. */
@Command(
    name = "plant",
    description = "Propose a changed plant file; approve another person's proposal.",
    subcommands = {PlantCommand.Propose.class, PlantCommand.Approve.class})
class PlantCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static void print(PrintWriter out, PlantChangeView change) {
    out.printf(
        "Plant change %d (%s): %s SHA-256 %s replacing %s, proposed by %s%s.%n",
        change.id(),
        change.status(),
        change.file(),
        change.proposedSha256(),
        change.currentSha256(),
        change.proposedBy(),
        change.approvedBy() == null
            ? ""
            : ", approved by " + change.approvedBy() + " effective " + change.effective());
    for (var d : change.differences()) {
      out.printf(
          "  %s: %s -> %s%s%n",
          d.path(),
          d.oldValue() == null ? "(none)" : d.oldValue(),
          d.newValue() == null ? "(none)" : d.newValue(),
          d.controlled() ? "" : " (free)");
    }
  }

  static Actor holding(ApplicationContext ctx, String name, Role... roles) {
    Users users = ctx.getBean(Users.class);
    for (Role r : roles) {
      if (users.hasRole(name, r)) {
        return new Actor(name);
      }
    }
    throw new UserInputException(
        "--as: '"
            + name
            + "' is not an enabled user with role "
            + java.util.Arrays.toString(roles));
  }

  /** Records a proposed plant file and its differences from the file in force. */
  @Command(name = "propose", description = "Propose a changed plant file (ADMIN).")
  static class Propose implements Callable<Integer> {
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
                    holding(ctx, as, Role.ADMIN),
                    new PlantChangeRequest(file.getFileName().toString(), text, resetStreams));
        print(spec.commandLine().getOut(), change);
        return 0;
      } catch (CommandRejected e) {
        throw new UserInputException(file + ": " + e.field() + ": " + e.getMessage());
      }
    }
  }

  /** Approves another person's proposed plant file, from a date. */
  @Command(name = "approve", description = "Approve a proposed plant file (ADMIN or QUALITY).")
  static class Approve implements Callable<Integer> {
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
                    holding(ctx, as, Role.ADMIN, Role.QUALITY),
                    new PlantCommands.Approve(id, new PlantApprovalRequest(effective)));
        print(spec.commandLine().getOut(), change);
        return 0;
      } catch (CommandRejected e) {
        throw new UserInputException(e.field() + ": " + e.getMessage());
      }
    }
  }
}
