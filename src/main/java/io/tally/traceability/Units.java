package io.tally.traceability;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads packaging units and keeps every ancestor's content equal to the sum of its children's. */
@Component
class Units {
  private final JdbcClient jdbc;

  Units(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<UnitView> find(String sscc) {
    List<UnitView.Content> contents =
        jdbc.sql(
                "SELECT lot, quantity FROM unit_content WHERE sscc = ? AND quantity > 0 ORDER BY lot")
            .param(sscc)
            .query((rs, n) -> new UnitView.Content(rs.getString(1), rs.getLong(2)))
            .list();
    return jdbc.sql(
            "SELECT sscc, level, depth, product, location, parent, state, packed_seq FROM"
                + " packaging_unit WHERE sscc = ?")
        .param(sscc)
        .query(
            (rs, n) ->
                new UnitView(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getLong(8),
                    contents))
        .optional();
  }

  List<String> children(String sscc) {
    return jdbc.sql("SELECT sscc FROM packaging_unit WHERE parent = ? ORDER BY sscc")
        .param(sscc)
        .query(String.class)
        .list();
  }

  /** Adds (or removes) rounds of a lot to a unit and to every unit above it. */
  void addContent(String sscc, String lot, long quantity) {
    String unit = sscc;
    while (unit != null) {
      int n =
          jdbc.sql("UPDATE unit_content SET quantity = quantity + ? WHERE sscc = ? AND lot = ?")
              .params(quantity, unit, lot)
              .update();
      if (n == 0) {
        jdbc.sql("INSERT INTO unit_content (sscc, lot, quantity) VALUES (?, ?, ?)")
            .params(unit, lot, quantity)
            .update();
      }
      unit = parentOf(unit);
    }
  }

  String parentOf(String sscc) {
    return jdbc.sql("SELECT parent FROM packaging_unit WHERE sscc = ?")
        .param(sscc)
        .query((rs, n) -> rs.getString(1))
        .optional()
        .orElse(null);
  }

  /** Sets the state of a unit and of every unit inside it. */
  void markTree(String sscc, String state) {
    jdbc.sql("UPDATE packaging_unit SET state = ? WHERE sscc = ?").params(state, sscc).update();
    for (String child : children(sscc)) {
      markTree(child, state);
    }
  }

  /** The highest SSCC issued so far that starts with these digits. */
  Optional<String> lastIssued(String start) {
    return jdbc.sql("SELECT MAX(sscc) FROM packaging_unit WHERE sscc LIKE ?")
        .param(start + "%")
        .query((rs, n) -> rs.getString(1))
        .optional()
        .filter(s -> s != null);
  }

  /** The shipment, created or approved but not dispatched, that this unit is promised to. */
  Optional<String> pendingShipment(String sscc) {
    return jdbc
        .sql(
            "SELECT s.id FROM shipment_line l JOIN shipment s ON s.id = l.shipment WHERE"
                + " l.unit = ? AND s.status IN ('CREATED', 'APPROVED')")
        .param(sscc)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  /** Sets the location of a unit and of every unit inside it. */
  void relocateTree(String sscc, String location) {
    jdbc.sql("UPDATE packaging_unit SET location = ? WHERE sscc = ?")
        .params(location, sscc)
        .update();
    for (String child : children(sscc)) {
      relocateTree(child, location);
    }
  }
}
