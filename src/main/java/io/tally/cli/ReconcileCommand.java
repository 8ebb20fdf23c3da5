package io.tally.cli;

import io.tally.periods.PeriodStatement;
import io.tally.periods.Periods;
import io.tally.traceability.Reconciliation;
import io.tally.traceability.ReconciliationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
  @Mixin ReportOutput output;

  @Option(
      names = "--period",
      paramLabel = "YYYY-MM",
      description = "A month's statement in plant time instead of all time.")
  String period;

  @Override
  public Integer call() {
    if (period != null) {
      return period();
    }
    try (var ctx = SpringLauncher.data()) {
      ReconciliationReport r = ctx.getBean(Reconciliation.class).reconcile();
      output.print(r, ReconciliationText::print);
      return r.differences().isEmpty() ? 0 : 1;
    }
  }

  private int period() {
    var month = PeriodsCommand.month(period, "--period");
    try (var ctx = SpringLauncher.data()) {
      PeriodStatement s = ctx.getBean(Periods.class).statement(month);
      output.print(s, PeriodStatementText::print);
      return s.balanced() ? 0 : 1;
    }
  }
}
