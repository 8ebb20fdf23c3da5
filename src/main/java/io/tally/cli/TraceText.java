package io.tally.cli;

import io.tally.traceability.TraceReport;
import java.io.PrintWriter;
import java.util.Locale;

/** A trace as text: the lot, component lot or unit traced, then what it came from and reached. */
final class TraceText {
  private TraceText() {}

  static void print(PrintWriter out, TraceReport r) {
    switch (r.kind()) {
      case "FINISHED_LOT" -> {
        var f = r.finishedLot();
        out.printf(
            Locale.ROOT,
            "Finished lot %s: %s from %s, %s%n",
            f.lot(),
            f.product(),
            f.line(),
            f.status());
        if (f.parentLot() != null) {
          out.printf(Locale.ROOT, "  reworked from %s%n", f.parentLot());
        }
        f.reworkedInto().forEach(c -> out.printf(Locale.ROOT, "  reworked into %s%n", c));
        f.stock()
            .forEach(
                s ->
                    out.printf(
                        Locale.ROOT,
                        "  stock %-12s %-20s %,d%n",
                        s.location(),
                        s.state(),
                        s.quantity()));
        f.scrap()
            .forEach(
                s ->
                    out.printf(
                        Locale.ROOT,
                        "  scrap %-12s %-20s %-8s %,d%n",
                        s.location(),
                        s.state(),
                        s.reason(),
                        s.quantity()));
        f.retained()
            .forEach(
                s ->
                    out.printf(
                        Locale.ROOT,
                        "  retained samples %s at %s: %,d until %s, %s%n",
                        s.id(),
                        s.location(),
                        s.quantity(),
                        s.retainUntil(),
                        s.status()));
      }
      case "COMPONENT_LOT" -> {
        var c = r.componentLot();
        out.printf(
            Locale.ROOT,
            "Component lot %s: %s from %s (supplier lot %s), %,d received%n",
            c.componentLot(),
            c.component(),
            c.supplier(),
            c.supplierLot(),
            c.received());
      }
      default -> {
        var u = r.unit();
        out.printf(
            Locale.ROOT,
            "Unit %s: %s of %s at %s, %s%n",
            u.sscc(),
            u.level(),
            u.product(),
            u.location(),
            u.state());
        if (u.parent() != null) {
          out.printf(Locale.ROOT, "  inside %s%n", u.parent());
        }
      }
    }
    r.components()
        .forEach(
            c ->
                out.printf(
                    Locale.ROOT,
                    "  from %-16s %-18s %,10d into %s (supplier %s, lot %s)%n",
                    c.componentLot(),
                    c.component(),
                    c.quantity(),
                    c.lot(),
                    c.supplier(),
                    c.supplierLot()));
    r.finishedLots()
        .forEach(
            l ->
                out.printf(
                    Locale.ROOT,
                    "  into lot %-16s %-16s %-10s %,10d%s%n",
                    l.lot(),
                    l.product(),
                    l.status(),
                    l.quantity(),
                    l.via() == null ? "" : " (reworked from " + l.via() + ")"));
    r.shipments()
        .forEach(
            s ->
                out.printf(
                    Locale.ROOT,
                    "  shipped %-14s to %-8s %-10s lot %-16s %,10d%s%n",
                    s.shipment(),
                    s.customer(),
                    s.status(),
                    s.lot(),
                    s.quantity(),
                    s.unit() == null ? "" : " in unit " + s.unit()));
    out.printf(
        Locale.ROOT,
        "Customers reached: %s%n",
        r.customers().isEmpty() ? "none" : String.join(", ", r.customers()));
  }
}
