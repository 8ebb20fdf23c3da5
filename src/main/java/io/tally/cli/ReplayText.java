package io.tally.cli;

import io.tally.ledger.ReplayReport;
import java.io.PrintWriter;

/**
 * A replay as text: identical, or the rows that differ between the live and the replayed tables.
 */
final class ReplayText {
  private ReplayText() {}

  static void print(PrintWriter out, ReplayReport r) {
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
