package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.traceability.HoldEvent.HeldItem;
import io.tally.traceability.RecallEvent.Reach;
import io.tally.traceability.TraceReport.LotUse;
import io.tally.traceability.TraceReport.ShipmentReach;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the genealogy finds downstream of a finished lot or component lot, for holds and recalls:
 * the lots made from it (and reworked from those), their packed units, and the shipments that took
 * them to customers.
 */
@Component
class Downstream {
  private final JdbcClient jdbc;
  private final Trace trace;

  Downstream(JdbcClient jdbc, Trace trace) {
    this.jdbc = jdbc;
    this.trace = trace;
  }

  /** The kind of {@code subject}: a finished lot or a component lot, else a refusal naming it. */
  HoldKind kindOf(String field, String subject) {
    if (exists("SELECT COUNT(*) FROM finished_lot WHERE lot = ?", subject)) {
      return HoldKind.LOT;
    }
    if (exists("SELECT COUNT(*) FROM component_lot WHERE component_lot = ?", subject)) {
      return HoldKind.COMPONENT_LOT;
    }
    throw CommandRejected.notFound(field, "'" + subject + "' is no finished lot or component lot");
  }

  /** The finished lots reached: made from a component lot, or a lot and its reworked lots. */
  List<String> lots(HoldKind kind, String subject) {
    if (kind == HoldKind.COMPONENT_LOT) {
      return trace.lotsReachedBy(subject).stream().map(LotUse::lot).toList();
    }
    Set<String> out = new LinkedHashSet<>(List.of(subject));
    List<String> todo = new ArrayList<>(out);
    for (int i = 0; i < todo.size(); i++) {
      for (String child : trace.childIds(todo.get(i))) {
        if (out.add(child)) {
          todo.add(child);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The subject, then every lot made from it and every packed unit holding their rounds. */
  List<HeldItem> items(HoldKind kind, String subject) {
    List<HeldItem> out = new ArrayList<>(List.of(new HeldItem(kind, subject)));
    Set<String> units = new LinkedHashSet<>();
    for (String lot : lots(kind, subject)) {
      if (!lot.equals(subject)) {
        out.add(new HeldItem(HoldKind.LOT, lot));
      }
      units.addAll(
          jdbc.sql(
                  "SELECT u.sscc FROM unit_content c JOIN packaging_unit u ON u.sscc = c.sscc"
                      + " WHERE c.lot = ? AND c.quantity > 0 AND u.state = 'PACKED' ORDER BY"
                      + " u.sscc")
              .param(lot)
              .query(String.class)
              .list());
    }
    units.forEach(u -> out.add(new HeldItem(HoldKind.UNIT, u)));
    return out;
  }

  /** The dispatched or received shipments that carried rounds of the lots reached. */
  List<Reach> shipments(HoldKind kind, String subject) {
    Map<String, Reach> out = new LinkedHashMap<>();
    for (ShipmentReach s : trace.shipmentsOfLots(lots(kind, subject))) {
      if (s.status().equals("DISPATCHED") || s.status().equals("RECEIVED")) {
        out.merge(
            s.shipment() + "\n" + s.lot(),
            new Reach(s.shipment(), s.customer(), s.lot(), s.quantity()),
            (a, b) -> new Reach(a.shipment(), a.customer(), a.lot(), a.quantity() + b.quantity()));
      }
    }
    return List.copyOf(out.values());
  }

  private boolean exists(String sql, String id) {
    return jdbc.sql(sql).param(id).query(Long.class).single() > 0;
  }
}
