package io.tally.cli;

import io.tally.traceability.HoldKind;
import io.tally.traceability.RecallEvent.Reach;
import io.tally.traceability.RecallView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * A recall as text: its subject and state, the shipments it reaches and each customer's
 * acknowledgement.
 */
final class RecallText {
  private RecallText() {}

  /** One line per recall. */
  static void list(PrintWriter out, List<RecallView> all) {
    all.forEach(
        r ->
            out.printf(
                Locale.ROOT,
                "%-24s %-8s of %-24s %d customers, %d awaiting%n",
                r.id(),
                r.status(),
                r.subject(),
                r.customers().size(),
                r.awaiting().size()));
  }

  static void print(PrintWriter out, RecallView r) {
    out.printf(
        Locale.ROOT,
        "Recall %s of %s %s: %s (opened by %s%s)%n  reason: %s%n",
        r.id(),
        r.kind() == HoldKind.LOT ? "lot" : "component lot",
        r.subject(),
        r.status(),
        r.openedBy(),
        r.closedBy() == null ? "" : ", closed by " + r.closedBy(),
        r.reason());
    if (r.hold() != null) {
      out.printf(Locale.ROOT, "  hold: %s%n", r.hold());
    }
    for (Reach s : r.shipments()) {
      out.printf(
          Locale.ROOT,
          "  shipment %-20s %-12s lot %-20s %,d rounds%n",
          s.shipment(),
          s.customer(),
          s.lot(),
          s.quantity());
    }
    for (RecallView.Customer c : r.customers()) {
      if (c.acknowledgedOn() == null) {
        out.printf(Locale.ROOT, "  customer %-12s awaiting acknowledgement%n", c.customer());
      } else {
        out.printf(
            Locale.ROOT,
            "  customer %-12s acknowledged %s by %s, document %s (recorded by %s)%n",
            c.customer(),
            c.acknowledgedOn(),
            c.acknowledgedBy(),
            c.document(),
            c.recordedBy());
      }
    }
  }
}
