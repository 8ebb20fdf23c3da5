package io.tally.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The benchmark commands, kept out of the application jar: run from the test classes by {@code
 * bench/run} (in this package so that they share the command line's options and its exit statuses:
 * 2 bad input, 3 an internal error).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks and benchmark data (not part of the tally jar).",
    subcommands = {
      BenchLedgerCommand.class,
      BenchScheduleCommand.class,
      BenchOrdersCommand.class,
      BenchLabelsCommand.class
    })
public final class Bench implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Bench());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new TallyCommand.ErrorHandler());
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("bench: " + ex.getMessage());
          return 2;
        });
    return cl.execute(args);
  }
}
