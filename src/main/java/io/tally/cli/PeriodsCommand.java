package io.tally.cli;

import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.periods.PeriodClosing;
import io.tally.periods.PeriodStatement;
import io.tally.periods.Periods;
import io.tally.security.Role;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Monthly periods: list them with their status; close one as an auditor. */
@Command(
    name = "periods",
    description = "List the monthly periods; close one (AUDITOR).",
    subcommands = {PeriodsCommand.ListPeriods.class, PeriodsCommand.Close.class})
class PeriodsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A month as yyyy-MM, or exit 2 naming the field. */
  static YearMonth month(String text, String field) {
    try {
      if (text.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(text);
      }
    } catch (DateTimeParseException e) {
      // Falls through to the refusal below.
    }
    throw new UserInputException(field + ": '" + text + "' is not a month, yyyy-MM (e.g. 2027-03)");
  }

  /** The months from the first entry's to now, newest first. */
  @Command(name = "list", description = "Each month with its status (OPEN, ENDED, CLOSED).")
  static class ListPeriods implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (var ctx = SpringLauncher.data()) {
        PrintWriter out = spec.commandLine().getOut();
        for (var m : ctx.getBean(Periods.class).months()) {
          out.printf(
              Locale.ROOT,
              "%s %-6s %s%n",
              m.period(),
              m.status(),
              m.closedBy() == null ? "" : "closed by " + m.closedBy());
        }
        return 0;
      }
    }
  }

  /** Closes a month: exit 0 closed, 2 refused with the reason. */
  @Command(
      name = "close",
      description =
          "Close a month that has ended, balances and follows a closed month (AUDITOR). Exit 2"
              + " when refused.")
  static class Close implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "YYYY-MM")
    String period;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      YearMonth month = month(period, "period");
      try (var ctx = SpringLauncher.data()) {
        PeriodStatement s =
            ctx.getBean(PeriodClosing.class)
                .close(PlantCommand.holding(ctx, as, Role.AUDITOR), IdempotencyKey.NONE, month);
        var c = s.closure();
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "Period %s closed by %s (entry %d): SHA-256 %s, on checkpoint %d %s.%n",
                s.period(),
                c == null ? as : c.closedBy(),
                c == null ? 0 : c.seq(),
                c == null ? "" : c.sha256(),
                c == null ? 0 : c.checkpointSize(),
                c == null ? "" : c.checkpointRoot());
        return 0;
      } catch (CommandRejected e) {
        throw new UserInputException(e.field() + ": " + e.getMessage());
      }
    }
  }
}
