package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.traceability.sscc.Sscc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the lines of a shipment request into lot quantities by location, refusing a unit that is
 * unknown, inside another unit, shipped or promised already, a lot of another product or not
 * released, and loose rounds that are not free at the location named.
 */
@Component
class ShipmentLines {
  private final JdbcClient jdbc;
  private final Availability availability;
  private final Units units;
  private final Locations locations;

  ShipmentLines(JdbcClient jdbc, Availability availability, Units units, Locations locations) {
    this.jdbc = jdbc;
    this.availability = availability;
    this.units = units;
    this.locations = locations;
  }

  List<ShipmentView.Line> resolve(List<ShipmentRequest.Line> lines, String product) {
    if (lines == null || lines.isEmpty()) {
      throw CommandRejected.invalid("lines", "a shipment needs at least one line");
    }
    List<ShipmentView.Line> out = new ArrayList<>();
    Set<String> units = new HashSet<>();
    Map<String, Long> loose = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      ShipmentRequest.Line l = lines.get(i);
      String field = "lines[" + i + "]";
      if (l == null) {
        throw CommandRejected.invalid(field, "a line is required");
      }
      if (l.unit() != null && !l.unit().isBlank()) {
        String unit = unit(field + ".unit", l.unit());
        if (!units.add(unit)) {
          throw CommandRejected.invalid(field + ".unit", "unit " + unit + " is listed twice");
        }
        for (ShipmentView.Line c : contents(unit)) {
          lot(field + ".unit", c.lot(), product);
          out.add(c);
        }
      } else {
        String lot = Inputs.id(field + ".lot", l.lot());
        long quantity = Quantity.positive(field + ".quantity", l.quantity());
        String location = locations.usable(field + ".location", l.location());
        lot(field + ".lot", lot, product);
        long wanted = loose.merge(lot + "@" + location, quantity, Long::sum);
        long free = availability.loose(lot, location, StockState.RELEASED);
        if (free < wanted) {
          throw CommandRejected.conflict(
              field + ".quantity",
              "lot "
                  + lot
                  + " has "
                  + Math.max(free, 0)
                  + " released loose rounds at "
                  + location
                  + " (not packed, not on another shipment), not "
                  + wanted);
        }
        out.add(new ShipmentView.Line(lot, quantity, location, null));
      }
    }
    return out;
  }

  private String unit(String field, String text) {
    Sscc sscc;
    try {
      sscc = Sscc.parse(text);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid(field, e.getMessage());
    }
    var row =
        jdbc.sql("SELECT parent, state FROM packaging_unit WHERE sscc = ?")
            .param(sscc.value())
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .optional()
            .orElseThrow(() -> CommandRejected.notFound(field, "no packaging unit " + sscc));
    if (!"PACKED".equals(row[1])) {
      throw CommandRejected.conflict(field, "unit " + sscc + " is " + row[1] + " already");
    }
    if (row[0] != null) {
      throw CommandRejected.conflict(
          field, "unit " + sscc + " is inside unit " + row[0] + "; ship the outer unit or repack");
    }
    String pending = units.pendingShipment(sscc.value()).orElse(null);
    if (pending != null) {
      throw CommandRejected.conflict(
          field, "unit " + sscc + " is on shipment " + pending + " already");
    }
    locations.unitUsable(field, units.find(sscc.value()).orElseThrow());
    return sscc.value();
  }

  private List<ShipmentView.Line> contents(String unit) {
    return jdbc.sql(
            "SELECT c.lot, c.quantity, u.location FROM unit_content c JOIN packaging_unit u ON"
                + " u.sscc = c.sscc WHERE c.sscc = ? AND c.quantity > 0 ORDER BY c.lot")
        .param(unit)
        .query(
            (rs, n) -> new ShipmentView.Line(rs.getString(1), rs.getLong(2), rs.getString(3), unit))
        .list();
  }

  private void lot(String field, String lot, String product) {
    var row =
        jdbc.sql("SELECT product, status FROM finished_lot WHERE lot = ?")
            .param(lot)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .optional()
            .orElseThrow(() -> CommandRejected.notFound(field, "no finished lot '" + lot + "'"));
    if (!row[0].equals(product)) {
      throw CommandRejected.invalid(
          field, "lot " + lot + " is " + row[0] + "; the authorisation covers only " + product);
    }
    if (!"RELEASED".equals(row[1])) {
      throw CommandRejected.conflict(field, "lot " + lot + " is " + row[1] + ", not released");
    }
  }
}
