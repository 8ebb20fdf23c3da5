package io.tally.traceability;

import io.tally.traceability.StocktakeLine.Kind;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a stocktake counts and what the book says of it. A location's sheet lists every first-level
 * unit's rounds of each lot, every lot's loose rounds and every component lot there; a unit's sheet
 * lists the first-level units in it (or itself).
 */
@Component
class StocktakeSheet {
  private final JdbcClient jdbc;
  private final Units units;
  private final Availability availability;
  private final ComponentStock components;

  StocktakeSheet(
      JdbcClient jdbc, Units units, Availability availability, ComponentStock components) {
    this.jdbc = jdbc;
    this.units = units;
    this.availability = availability;
    this.components = components;
  }

  /** The sheet of a location, in a stable order (units, loose lots, component lots). */
  List<StocktakeLine> location(String location) {
    List<StocktakeLine> out = new ArrayList<>();
    jdbc.sql(
            "SELECT u.sscc, c.lot FROM packaging_unit u JOIN unit_content c ON c.sscc = u.sscc"
                + " WHERE u.location = ? AND u.depth = 0 AND u.state = 'PACKED' AND c.quantity > 0"
                + " ORDER BY u.sscc, c.lot")
        .param(location)
        .query((rs, n) -> add(out, Kind.UNIT, rs.getString(1), rs.getString(2), location))
        .list();
    jdbc.sql(
            "SELECT DISTINCT lot FROM finished_stock WHERE location = ? AND quantity > 0 AND state"
                + " IN ('QUARANTINE', 'RELEASED', 'HELD') ORDER BY lot")
        .param(location)
        .query((rs, n) -> add(out, Kind.LOOSE, null, rs.getString(1), location))
        .list();
    jdbc.sql(
            "SELECT component_lot FROM component_stock WHERE location = ? AND quantity > 0 ORDER"
                + " BY component_lot")
        .param(location)
        .query((rs, n) -> add(out, Kind.COMPONENT, null, rs.getString(1), location))
        .list();
    return out;
  }

  /** Adds the lines of one unit (a first-level unit, or those inside a higher one) to a sheet. */
  void unit(List<StocktakeLine> sheet, UnitView unit) {
    if (unit.depth() == 0) {
      unit.contents().forEach(c -> add(sheet, Kind.UNIT, unit.sscc(), c.lot(), unit.location()));
      return;
    }
    for (String child : units.children(unit.sscc())) {
      unit(sheet, units.find(child).orElseThrow());
    }
  }

  /** The book figure of a line now. */
  long book(StocktakeLine line) {
    return switch (line.kind()) {
      case UNIT ->
          jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM unit_content WHERE sscc = ? AND lot = ?")
              .params(line.sscc(), line.lot())
              .query(Long.class)
              .single();
      case LOOSE ->
          jdbc.sql(
                      "SELECT COALESCE(SUM(quantity), 0) FROM finished_stock WHERE lot = ? AND"
                          + " location = ? AND state IN ('QUARANTINE', 'RELEASED', 'HELD')")
                  .params(line.lot(), line.location())
                  .query(Long.class)
                  .single()
              - availability.packed(line.lot(), line.location());
      case COMPONENT -> components.quantity(line.lot(), line.location());
    };
  }

  private static boolean add(
      List<StocktakeLine> sheet, Kind kind, String sscc, String lot, String location) {
    return sheet.add(new StocktakeLine(sheet.size() + 1, kind, sscc, lot, location, null, null));
  }
}
