package io.tally.cli;

import io.tally.periods.PeriodStatement;
import io.tally.periods.Periods;
import io.tally.traceability.Reconciliation;
import io.tally.traceability.ReconciliationReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Produced against where it went; exit 0 when everything balances, 1 listing the differences. */
@Command(
    name = "reconcile",
    description =
        "Reconcile per lot, per product and per component lot: produced = good + scrap; good ="
            + " in stock + shipped + consumed by testing + scrapped (+ reworked out); components"
            + " received = consumed + in stock + scrapped + returned. Lists the component balance"
            + " flags still waiting for a reason. Exit 1 when anything differs. With"
            + " --period YYYY-MM: that month's statement (opening + in - out = closing per"
            + " product, component, store and authorisation), exit 1 when it does not balance.")
class ReconcileCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(
      names = "--period",
      paramLabel = "YYYY-MM",
      description = "A month's statement in plant time instead of all time.")
  String period;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (period != null) {
      return period();
    }
    try (var ctx = SpringLauncher.data()) {
      ReconciliationReport r = ctx.getBean(Reconciliation.class).reconcile();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(r));
      } else {
        print(out, r);
      }
      return r.differences().isEmpty() ? 0 : 1;
    }
  }

  private int period() {
    var month = PeriodsCommand.month(period, "--period");
    try (var ctx = SpringLauncher.data()) {
      PeriodStatement s = ctx.getBean(Periods.class).statement(month);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(s));
      } else {
        PeriodStatementText.print(out, s);
      }
      return s.balanced() ? 0 : 1;
    }
  }

  private static void print(PrintWriter out, ReconciliationReport r) {
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
