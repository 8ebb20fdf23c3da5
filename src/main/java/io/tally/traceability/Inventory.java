package io.tally.traceability;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stock by lot, location and state; {@link MoveStock} moves it between locations. */
@Service
public class Inventory {
  private final JdbcClient jdbc;

  Inventory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Finished stock, optionally of one lot. */
  public List<StockLine> finished(String lot) {
    String where = lot == null ? "" : " AND s.lot = :lot";
    var spec =
        jdbc.sql(
            "SELECT s.lot, l.product, s.location, s.state, s.quantity FROM finished_stock s JOIN"
                + " finished_lot l ON l.lot = s.lot WHERE s.quantity <> 0"
                + where
                + " ORDER BY s.lot, s.location, s.state");
    if (lot != null) {
      spec = spec.param("lot", lot);
    }
    return spec.query(
            (rs, n) ->
                new StockLine(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5)))
        .list();
  }

  /** Component stock by component lot and location. */
  public List<StockLine> components() {
    return jdbc.sql(
            "SELECT s.component_lot, c.component, s.location, s.quantity FROM component_stock s"
                + " JOIN component_lot c ON c.component_lot = s.component_lot WHERE s.quantity <> 0"
                + " ORDER BY s.component_lot, s.location")
        .query(
            (rs, n) ->
                new StockLine(
                    rs.getString(1), rs.getString(2), rs.getString(3), "IN_STOCK", rs.getLong(4)))
        .list();
  }

  /** A line of stock: lot, product (or component code), location, state and quantity. */
  public record StockLine(String lot, String item, String location, String state, long quantity) {}
}
