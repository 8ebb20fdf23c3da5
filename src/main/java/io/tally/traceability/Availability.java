package io.tally.traceability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of a lot at a location is free to move, pack or ship loose: its rounds in stock, less those
 * already in packaging units there, less those promised to shipments not yet dispatched.
 */
@Component
class Availability {
  private final JdbcClient jdbc;
  private final FinishedStock stock;

  Availability(JdbcClient jdbc, FinishedStock stock) {
    this.jdbc = jdbc;
    this.stock = stock;
  }

  long loose(String lot, String location, StockState state) {
    return stock.quantity(lot, location, state) - packed(lot, location) - reserved(lot, location);
  }

  long packed(String lot, String location) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(c.quantity), 0) FROM unit_content c JOIN packaging_unit u ON"
                + " u.sscc = c.sscc WHERE c.lot = ? AND u.location = ? AND u.depth = 0 AND"
                + " u.state = 'PACKED'")
        .params(lot, location)
        .query(Long.class)
        .single();
  }

  long reserved(String lot, String location) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(l.quantity), 0) FROM shipment_line l JOIN shipment s ON s.id ="
                + " l.shipment WHERE l.lot = ? AND l.location = ? AND l.unit IS NULL AND s.status"
                + " IN ('CREATED', 'APPROVED')")
        .params(lot, location)
        .query(Long.class)
        .single();
  }

  /** The lot's state while it is in stock (QUARANTINE, RELEASED or HELD), or null if unknown. */
  StockState liveState(String lot) {
    String status =
        jdbc.sql("SELECT status FROM finished_lot WHERE lot = ?")
            .param(lot)
            .query(String.class)
            .optional()
            .orElse(null);
    if (status == null) {
      return null;
    }
    return switch (status) {
      case "RELEASED" -> StockState.RELEASED;
      case "HELD", "REWORKED", "SCRAPPED" -> StockState.HELD;
      default -> StockState.QUARANTINE;
    };
  }
}
