package io.tally.cli;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.plant.AcceptanceActRequest;
import io.tally.plant.LineTransitionRequest;
import io.tally.plant.Lines;
import io.tally.plant.PlantCommands;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Line lifecycle and acceptance acts from the command line; each change is a ledger event. */
@Command(
    name = "lines",
    description = "List lines, move a line through its lifecycle, record acceptance acts.",
    subcommands = {
      LinesCommand.ListLines.class,
      LinesCommand.Move.class,
      LinesCommand.Accept.class
    })
class LinesCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The ADMIN user a command is recorded under; refused unless the user holds ADMIN. */
  static Actor admin(org.springframework.context.ApplicationContext ctx, String name) {
    if (!ctx.getBean(io.tally.security.Users.class).hasRole(name, io.tally.security.Role.ADMIN)) {
      throw new UserInputException("--as: '" + name + "' is not an enabled ADMIN user");
    }
    return new Actor(name);
  }

  /** Lists lines with their live state and the moves open to them. */
  @Command(name = "list", description = "List lines and their states.")
  static class ListLines implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (var ctx = SpringLauncher.data()) {
        var lines = ctx.getBean(Lines.class).all();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(Json.write(lines));
          return 0;
        }
        out.printf("%-5s %-6s %-18s %-30s %s%n", "Line", "Stage", "State", "May move to", "Acts");
        for (var l : lines) {
          out.printf(
              "%-5s %-6s %-18s %-30s %s%n",
              l.id(),
              l.stage(),
              l.state(),
              String.join(",", l.allowedMoves()),
              String.join(",", l.acts()));
        }
        return 0;
      }
    }
  }

  /** Moves a line to another lifecycle state. */
  @Command(name = "move", description = "Move a line to another lifecycle state.")
  static class Move implements Callable<Integer> {
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
                    admin(ctx, as),
                    new PlantCommands.Transition(line, new LineTransitionRequest(state, reason)));
        spec.commandLine().getOut().printf("Line %s is now %s.%n", view.id(), view.state());
        return 0;
      } catch (CommandRejected e) {
        throw new UserInputException(e.field() + ": " + e.getMessage());
      }
    }
  }

  /** Records a signed acceptance act; the document's SHA-256 is computed from the file. */
  @Command(name = "accept", description = "Record an acceptance act covering a stage or a line.")
  static class Accept implements Callable<Integer> {
    @Option(names = "--id", required = true)
    String id;

    @Option(names = "--stage")
    String stage;

    @Option(names = "--line")
    String line;

    @Option(names = "--signed-by", required = true)
    String signedBy;

    @Option(names = "--signed-on", required = true, description = "YYYY-MM-DD")
    LocalDate signedOn;

    @Option(names = "--warranty-months", required = true)
    int warrantyMonths;

    @Option(names = "--warranty-terms", defaultValue = "")
    String warrantyTerms;

    @Option(
        names = "--document",
        required = true,
        paramLabel = "FILE",
        description = "The scanned signed act; its SHA-256 is recorded.")
    Path document;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, NoSuchAlgorithmException {
      if (!Files.isRegularFile(document)) {
        throw new UserInputException("--document: no file " + document);
      }
      String sha =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(document)));
      try (var ctx = SpringLauncher.data()) {
        var act =
            ctx.getBean(CommandExecutor.class)
                .execute(
                    admin(ctx, as),
                    new AcceptanceActRequest(
                        id, stage, line, signedBy, signedOn, warrantyTerms, warrantyMonths, sha));
        spec.commandLine()
            .getOut()
            .printf(
                "Recorded act %s (document SHA-256 %s, ledger entry %d).%n",
                act.id(), act.documentSha256(), act.ledgerSeq());
        return 0;
      } catch (CommandRejected e) {
        throw new UserInputException(e.field() + ": " + e.getMessage());
      }
    }
  }
}
