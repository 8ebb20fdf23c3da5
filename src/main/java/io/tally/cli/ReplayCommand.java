package io.tally.cli;

import io.tally.ledger.Replay;
import io.tally.ledger.ReplayReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Rebuilds every projection from the ledger; exit 0 when identical to the live tables, else 1. */
@Command(
    name = "replay",
    description =
        "Rebuild every projection from the ledger and compare with the live tables (nothing is"
            + " changed).")
class ReplayCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (var ctx = SpringLauncher.data()) {
      ReplayReport r = ctx.getBean(Replay.class).run();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(r));
      } else {
        print(out, r);
      }
      return r.identical() ? 0 : 1;
    }
  }

  private static void print(PrintWriter out, ReplayReport r) {
    int rows = r.tables().stream().mapToInt(ReplayReport.TableCount::liveRows).sum();
    if (r.identical()) {
      out.printf(
          "Replay identical: %d entries re-applied, %d tables, %d rows match%n",
          r.entries(), r.tables().size(), rows);
      return;
    }
    out.printf(
        "Replay DIFFERS: %d rows differ after re-applying %d entries%n",
        r.differenceCount(), r.entries());
    for (ReplayReport.Difference d : r.differences()) {
      out.printf(
          "  %s [%s]%n    live:     %s%n    replayed: %s%n",
          d.table(), d.key(), d.live(), d.replayed());
    }
    if (r.differences().size() < r.differenceCount()) {
      out.printf("  ... and %d more%n", r.differenceCount() - r.differences().size());
    }
  }
}
