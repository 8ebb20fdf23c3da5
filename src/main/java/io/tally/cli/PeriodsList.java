package io.tally.cli;

import io.tally.periods.Periods;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** The months from the first entry's to now, newest first. */
@Command(name = "list", description = "Each month with its status (OPEN, ENDED, CLOSED).")
class PeriodsList implements Callable<Integer> {
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
