package io.tally.cli;

import io.tally.traceability.ReconciliationReport;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The reconciliation as text: per product, scrap custody, adjustments and corrections, open balance
 * flags and the differences.
 */
final class ReconciliationText {
  private ReconciliationText() {}

  static void print(PrintWriter out, ReconciliationReport r) {
    out.printf(
        Locale.ROOT,
        "%-18s %-16s %12s %12s %12s %12s %10s %10s %10s %10s%n",
        "product",
        "",
        "produced",
        "good",
        "scrap",
        "in stock",
        "shipped",
        "tested",
        "scrapped",
        "adjusted");
    for (var p : r.products()) {
      out.printf(
          Locale.ROOT,
          "%-18s %-16s %,12d %,12d %,12d %,12d %,10d %,10d %,10d %,10d%n",
          p.product(),
          "",
          p.produced(),
          p.good(),
          p.scrap(),
          p.inStock(),
          p.shipped(),
          p.consumedByTesting(),
          p.scrapped(),
          p.adjusted());
    }
    var s = r.scrapTotal();
    out.printf(
        Locale.ROOT,
        "Scrap: reported %,d (line rejects %,d, scrapped by quality %,d, retained samples %,d) ="
            + " in reject store %,d + awaiting destruction %,d + destroyed %,d.%n",
        s.reported(),
        s.lineRejects(),
        s.scrappedByQuality(),
        s.retainedDiscarded(),
        s.rejectStore(),
        s.awaitingDestruction(),
        s.destroyed());
    out.printf(
        Locale.ROOT,
        "%d lots, %d component lots reconciled.%n",
        r.lots().size(),
        r.components().size());
    for (var a : r.adjustments()) {
      out.printf(
          Locale.ROOT,
          "  adjusted by stocktake %s (entry %d): %s %s at %s, %,d written off%n",
          a.stocktake(),
          a.seq(),
          a.kind(),
          a.lot(),
          a.location(),
          a.writtenOff());
    }
    for (var c : r.corrections()) {
      out.printf(
          Locale.ROOT,
          "Count correction %d (in effect at entry %d): lot %s good %+,d, scrap %+,d.%n",
          c.correction(),
          c.seq(),
          c.lot(),
          c.goodChange(),
          c.scrapChange());
    }
    if (!r.openBalanceFlags().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%d OPEN COMPONENT BALANCE FLAGS (record a reason to clear):%n",
          r.openBalanceFlags().size());
      for (var b : r.openBalanceFlags()) {
        out.printf(
            Locale.ROOT,
            "  lot %s (%s, %s) %s: expected %,d, issued %,d, consumed %,d (%+.2f %%, tolerance"
                + " %.2f %%)%n",
            b.lot(),
            b.line(),
            b.shift(),
            b.component(),
            b.expected(),
            b.issued(),
            b.consumed(),
            b.deviationPercent(),
            b.tolerancePercent());
      }
    }
    for (var c : r.stockCorrections()) {
      if (c.kind().equals("CONSUMPTION")) {
        out.printf(
            Locale.ROOT,
            "Consumption correction %d of entry %d (in effect at entry %d): component lot %s into"
                + " lot %s %+,d.%n",
            c.correction(),
            c.corrects(),
            c.seq(),
            c.subject(),
            c.lot(),
            c.change());
      } else {
        out.printf(
            Locale.ROOT,
            "Move correction %d of entry %d (in effect at entry %d): %s, %,d from %s to %s.%n",
            c.correction(),
            c.corrects(),
            c.seq(),
            c.subject(),
            c.quantity(),
            c.from(),
            c.to());
      }
    }
    if (r.differences().isEmpty()) {
      out.println("Balanced: no differences.");
      return;
    }
    out.printf(Locale.ROOT, "%d DIFFERENCES:%n", r.differences().size());
    for (var d : r.differences()) {
      out.printf(
          Locale.ROOT,
          "  %s: %s: expected %,d, found %,d (entries %s)%n",
          d.subject(),
          d.rule(),
          d.expected(),
          d.actual(),
          d.events());
    }
  }
}
