package io.tally.traceability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The component_stock table: component units by component lot and location. */
@Component
class ComponentStock {
  private final JdbcClient jdbc;

  ComponentStock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long quantity(String componentLot, String location) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM component_stock WHERE component_lot = ? AND"
                + " location = ?")
        .params(componentLot, location)
        .query(Long.class)
        .single();
  }

  void add(String componentLot, String location, long quantity) {
    int n =
        jdbc.sql(
                "UPDATE component_stock SET quantity = quantity + ? WHERE component_lot = ? AND"
                    + " location = ?")
            .params(quantity, componentLot, location)
            .update();
    if (n == 0) {
      jdbc.sql("INSERT INTO component_stock (component_lot, location, quantity) VALUES (?, ?, ?)")
          .params(componentLot, location, quantity)
          .update();
    }
  }

  /** Takes up to {@code quantity}, never below zero; returns what was taken. */
  long take(String componentLot, String location, long quantity) {
    long taken = Math.min(quantity, quantity(componentLot, location));
    if (taken > 0) {
      add(componentLot, location, -taken);
    }
    return taken;
  }
}
