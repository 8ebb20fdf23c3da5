package io.tally.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command. Exit status: 0 success, 1 a check that found a problem (verify, reconcile), 2
 * bad input (file, line and field named), 3 an internal error.
 */
@Command(
    name = "tally",
    mixinStandardHelpOptions = true,
    versionProvider = TallyCommand.Version.class,
    description = "Tally: a manufacturing execution system with a digital twin.",
    subcommands = {
      ServeCommand.class,
      CapacityCommand.class,
      LedgerCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      UsersCommand.class,
      LinesCommand.class,
      PlantCommand.class,
      OrdersCommand.class,
      ExportCommand.class,
      SamplingCommand.class,
      TraceCommand.class,
      LabelsCommand.class,
      DocumentsCommand.class,
      RecallCommand.class,
      ReconcileCommand.class,
      PeriodsCommand.class,
      SimulateCommand.class,
      PlanCommand.class,
      DemoCommand.class,
      WitnessCommand.class,
    })
public class TallyCommand implements Runnable {
  /** Returned by a command (serve) whose work goes on after main returns. */
  public static final int KEEP_RUNNING = -1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl;
    if (args.length > 0 && "simulate".equals(args[0])) {
      // The twin's fast path: picocli builds the model of the one command run, not of all of them
      // (reflecting over every subcommand loads the Spring types the server commands name), so a
      // simulation starts on plain Java, picocli and SnakeYAML alone (docs/twin.md, speed anchor).
      cl = new CommandLine(new SimulateCommand());
      cl.setCommandName("tally simulate");
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
    } else {
      cl = new CommandLine(new TallyCommand());
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println(CliMessages.refused(ex.getMessage()));
          ex.getCommandLine()
              .getErr()
              .println(
                  CliMessages.text(
                      "cli.tryHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
          return 2;
        });
    return cl.execute(args);
  }

  /**
   * Turns refused input into exit status 2 with its message, anything else into 3, never a stack
   * trace.
   */
  static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
      if (ex instanceof UserInputException
          || ex instanceof io.tally.plant.model.PlantFileException
          || ex instanceof IllegalArgumentException) {
        cl.getErr().println(CliMessages.refused(ex.getMessage()));
        return 2;
      }
      Throwable root = ex;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (root instanceof io.tally.plant.model.PlantFileException) {
        cl.getErr().println(CliMessages.refused(root.getMessage()));
        return 2;
      }
      cl.getErr().println(CliMessages.text("cli.failed", CliMessages.detail(root.getMessage())));
      return 3;
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = TallyCommand.class.getPackage().getImplementationVersion();
      return new String[] {"tally " + (v == null ? "dev" : v)};
    }
  }
}
