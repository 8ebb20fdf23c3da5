package io.tally.cli;

import io.tally.periods.PeriodStatement;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** A period statement as text: the four tables, carried-forward entries, the differences. */
final class PeriodStatementText {
  private PeriodStatementText() {}

  static void print(PrintWriter out, PeriodStatement s) {
    out.printf(
        Locale.ROOT,
        "Period %s (%s, %s to %s): %s%s%n",
        s.period(),
        s.zone(),
        s.from(),
        s.to(),
        s.status(),
        s.closure() == null
            ? ""
            : ", closed by " + s.closure().closedBy() + " (entry " + s.closure().seq() + ")");
    table(out, "product", s.products());
    table(out, "component", s.components());
    table(out, "store", s.stores());
    out.printf(
        Locale.ROOT,
        "%-24s %12s %12s %12s %12s %12s%n",
        "authorisation",
        "authorised",
        "used before",
        "used",
        "shipped",
        "remaining");
    for (var a : s.authorisations()) {
      out.printf(
          Locale.ROOT,
          "%-24s %,12d %,12d %,12d %,12d %,12d%n",
          a.authorisation(),
          a.authorised(),
          a.usedBefore(),
          a.usedInPeriod(),
          a.shippedInPeriod(),
          a.remaining());
    }
    for (var c : s.carriedForward()) {
      out.printf(
          Locale.ROOT,
          "Carried forward from closed period %s: entry %d by %s, %s at %s.%n",
          c.period(),
          c.seq(),
          c.actor(),
          c.field(),
          c.occurredAt());
    }
    if (s.balanced()) {
      out.println("Balanced: no differences.");
      return;
    }
    out.printf(Locale.ROOT, "%d DIFFERENCES:%n", s.differences().size());
    for (var d : s.differences()) {
      out.printf(
          Locale.ROOT,
          "  %s: %s: expected %,d, found %,d%n",
          d.subject(),
          d.rule(),
          d.expected(),
          d.actual());
    }
  }

  private static void table(PrintWriter out, String title, List<PeriodStatement.Line> lines) {
    out.printf(
        Locale.ROOT,
        "%-28s %11s %11s %10s %10s %10s %10s %9s %9s %9s %11s%n",
        title,
        "opening",
        "in",
        "moved in",
        "moved out",
        "shipped",
        "consumed",
        "tested",
        "destroyed",
        "adjusted",
        "closing");
    for (var l : lines) {
      String subject =
          l.kind().startsWith("STORE_") ? l.subject() + " " + material(l) : l.subject();
      out.printf(
          Locale.ROOT,
          "%-28s %,11d %,11d %,10d %,10d %,10d %,10d %,9d %,9d %,9d %,11d%n",
          subject,
          l.opening(),
          l.in(),
          l.movedIn(),
          l.movedOut(),
          l.shipped(),
          l.consumed(),
          l.tested(),
          l.destroyed(),
          l.adjusted(),
          l.closing());
    }
  }

  private static String material(PeriodStatement.Line l) {
    return l.kind().equals("STORE_FINISHED") ? "(rounds)" : "(components)";
  }
}
