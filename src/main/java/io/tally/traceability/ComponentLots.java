package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads component lots with their quality state, and guards their use: only a released lot whose
 * expiry or re-test date has not passed (the plant's day, by the application's clock) may be issued
 * to a line or consumed.
 */
@Component
public class ComponentLots {
  private static final String COLUMNS =
      "c.component_lot, c.component, c.supplier, c.supplier_lot, c.received, c.state,"
          + " c.certificate, c.expiry, c.retest, (SELECT COALESCE(SUM(s.quantity), 0) FROM"
          + " component_stock s WHERE s.component_lot = c.component_lot)";
  private final JdbcClient jdbc;
  private final PlantService plant;
  private final Clock clock;

  ComponentLots(JdbcClient jdbc, PlantService plant, Clock clock) {
    this.jdbc = jdbc;
    this.plant = plant;
    this.clock = clock;
  }

  public Optional<ComponentLotView> find(String componentLot) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM component_lot c WHERE c.component_lot = ?")
        .param(componentLot)
        .query((rs, n) -> view(rs))
        .optional();
  }

  /** Component lot {@code componentLot}, or a refusal naming it. */
  public ComponentLotView require(String field, String componentLot) {
    return find(componentLot)
        .orElseThrow(
            () -> CommandRejected.notFound(field, "no component lot '" + componentLot + "'"));
  }

  /** The newest lots first; only those in one state when {@code state} is given. */
  public List<ComponentLotView> recent(@Nullable String state, int limit) {
    String where = state == null ? "" : " WHERE c.state = ?";
    var sql =
        jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM component_lot c"
                + where
                + " ORDER BY c.received_seq DESC LIMIT "
                + limit);
    return (state == null ? sql : sql.param(state)).query((rs, n) -> view(rs)).list();
  }

  /** The plant's day now: expiry and re-test dates are the plant's days. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(plant.plant().site().zone()));
  }

  /**
   * Refuses, naming {@code field}, a lot that is not released or whose expiry or re-test date has
   * passed.
   */
  void requireUsable(String field, String componentLot, String use) {
    ComponentLotView lot = require(field, componentLot);
    if (!ComponentLotView.RELEASED.equals(lot.state())) {
      throw CommandRejected.conflict(
          field,
          "component lot '"
              + componentLot
              + "' is "
              + lot.state()
              + "; only a released lot may be "
              + use
              + (ComponentLotView.QUARANTINE.equals(lot.state())
                  ? " (it waits for receiving inspection)"
                  : ""));
    }
    LocalDate useBy = lot.useBy();
    if (useBy != null && today().isAfter(useBy)) {
      throw CommandRejected.conflict(
          field,
          "component lot '"
              + componentLot
              + "' is past its "
              + (useBy.equals(lot.expiry()) ? "expiry" : "re-test")
              + " date "
              + useBy
              + " and may not be "
              + use);
    }
  }

  private static ComponentLotView view(ResultSet rs) throws SQLException {
    return new ComponentLotView(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        rs.getString(7),
        day(rs.getDate(8)),
        day(rs.getDate(9)),
        rs.getLong(10));
  }

  private static @Nullable LocalDate day(@Nullable Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
