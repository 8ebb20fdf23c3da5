package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads component balances and judges them: expected = made x perUnit (rounded to whole units); a
 * closed lot whose consumption differs from expected by more than the component's tolerance (plant
 * file, default 0.5 %) is flagged, and the flag stays open until a reason is recorded for exactly
 * the figures it shows.
 */
@Component
public class ComponentBalances {
  private static final String COLUMNS =
      "lot, component, product, line, shift, per_unit, made, issued, consumed, closed,"
          + " explained_made, explained_consumed, reason, explained_by";
  private final JdbcClient jdbc;
  private final PlantService plant;

  ComponentBalances(JdbcClient jdbc, PlantService plant) {
    this.jdbc = jdbc;
    this.plant = plant;
  }

  public Optional<ComponentBalanceView> find(String lot, String component) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM component_balance WHERE lot = ? AND component = ?")
        .params(lot, component)
        .query((rs, n) -> view(rs))
        .optional();
  }

  ComponentBalanceView require(String lot, String component) {
    return find(lot, component)
        .orElseThrow(
            () ->
                CommandRejected.notFound(
                    "component",
                    "finished lot '" + lot + "' has no balance of component '" + component + "'"));
  }

  /** The balances of the newest lots first. */
  public List<ComponentBalanceView> recent(int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM component_balance ORDER BY opened_seq DESC, component"
                + " LIMIT "
                + limit)
        .query((rs, n) -> view(rs))
        .list();
  }

  /** Every flag without a reason for its figures, oldest lot first. */
  public List<ComponentBalanceView> open() {
    return jdbc
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM component_balance WHERE closed = TRUE ORDER BY opened_seq,"
                + " component")
        .query((rs, n) -> view(rs))
        .list()
        .stream()
        .filter(ComponentBalanceView::open)
        .toList();
  }

  private ComponentBalanceView view(ResultSet rs) throws SQLException {
    String component = rs.getString(2);
    double perUnit = rs.getDouble(6);
    long made = rs.getLong(7);
    long consumed = rs.getLong(9);
    boolean closed = rs.getBoolean(10);
    long expected = Math.round(made * perUnit);
    double tolerance = plant.plant().purchased(component).balanceTolerancePercent();
    double deviation =
        expected == 0 ? (consumed == 0 ? 0 : 100) : (consumed - expected) * 100.0 / expected;
    boolean flagged =
        closed
            && (expected == 0
                ? consumed > 0
                : Math.abs(consumed - expected) > tolerance / 100.0 * expected);
    Long explainedMade = (Long) rs.getObject(11, Long.class);
    Long explainedConsumed = (Long) rs.getObject(12, Long.class);
    boolean explained =
        explainedMade != null
            && explainedMade == made
            && explainedConsumed != null
            && explainedConsumed == consumed;
    return new ComponentBalanceView(
        rs.getString(1),
        component,
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        perUnit,
        made,
        expected,
        rs.getLong(8),
        consumed,
        Math.round(deviation * 100) / 100.0,
        tolerance,
        closed,
        flagged,
        flagged && !explained,
        rs.getString(13),
        rs.getString(14));
  }
}
