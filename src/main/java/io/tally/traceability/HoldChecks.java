package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.plant.model.Location;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The guard holds put on the stock commands: what an active hold holds is not packed, moved to a
 * dispatch location, shipped or issued, and the refusal names the hold and its reason. Callers
 * check inside the ledger lock, so a hold cannot be placed between the check and the entry.
 */
@Component
class HoldChecks {
  private final JdbcClient jdbc;
  private final Locations locations;

  HoldChecks(JdbcClient jdbc, Locations locations) {
    this.jdbc = jdbc;
    this.locations = locations;
  }

  /** Refuses a finished lot an active hold holds. */
  void lotFree(String field, String lot) {
    holding(HoldKind.LOT, lot).ifPresent(h -> refuse(field, "lot " + lot, h));
  }

  /** Refuses a component lot an active hold holds. */
  void componentFree(String field, String componentLot) {
    holding(HoldKind.COMPONENT_LOT, componentLot)
        .ifPresent(h -> refuse(field, "component lot " + componentLot, h));
  }

  /** Refuses a unit held itself or holding rounds of a held lot. */
  void unitFree(String field, UnitView unit) {
    holding(HoldKind.UNIT, unit.sscc()).ifPresent(h -> refuse(field, "unit " + unit.sscc(), h));
    unit.contents().forEach(c -> lotFree(field, c.lot()));
  }

  /** Refuses a shipment line of a held lot, or in a held unit. */
  void shipmentFree(String field, java.util.List<ShipmentView.Line> lines) {
    for (ShipmentView.Line l : lines) {
      lotFree(field, l.lot());
      if (l.unit() != null) {
        holding(HoldKind.UNIT, l.unit()).ifPresent(h -> refuse(field, "unit " + l.unit(), h));
      }
    }
  }

  /** Refuses moving a held lot's rounds to a dispatch location. */
  void notToDispatch(String field, String to, String lot) {
    if (locations.registered(field, to).type() == Location.Type.DISPATCH) {
      lotFree(field, lot);
    }
  }

  /** Refuses moving a held unit to a dispatch location. */
  void unitNotToDispatch(String field, String to, UnitView unit) {
    if (locations.registered(field, to).type() == Location.Type.DISPATCH) {
      unitFree(field, unit);
    }
  }

  Optional<Holding> holding(HoldKind kind, String item) {
    return jdbc
        .sql(
            "SELECT h.id, h.reason FROM hold_item i JOIN hold h ON h.id = i.hold WHERE i.kind = ?"
                + " AND i.item = ? AND h.status = 'ACTIVE' ORDER BY h.placed_seq")
        .params(kind.name(), item)
        .query((rs, n) -> new Holding(rs.getString(1), rs.getString(2)))
        .list()
        .stream()
        .findFirst();
  }

  private static void refuse(String field, String what, Holding h) {
    throw CommandRejected.conflict(
        field, what + " is on hold " + h.hold() + " (" + h.reason() + ") until it is released");
  }

  /** An active hold on something: its id and reason. */
  record Holding(String hold, String reason) {}
}
