package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads customer returns. */
@Component
public class ReturnQueries {
  private static final String COLUMNS =
      "SELECT id, shipment, customer, authorisation, lot, quantity, location, reason, document,"
          + " status, recorded_by, disposed_by, note, new_lot FROM customer_return";
  private final JdbcClient jdbc;

  ReturnQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ReturnView> find(String id) {
    return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query((rs, n) -> view(rs)).optional();
  }

  /** Return {@code id}, or a refusal naming it. */
  public ReturnView require(String id) {
    return find(id)
        .orElseThrow(() -> CommandRejected.notFound("return", "no customer return '" + id + "'"));
  }

  /** The newest returns first, those awaiting inspection before the others. */
  public List<ReturnView> recent(int limit) {
    return jdbc.sql(
            COLUMNS
                + " ORDER BY CASE WHEN status = 'AWAITING' THEN 0 ELSE 1 END, recorded_seq DESC"
                + " LIMIT ?")
        .param(limit)
        .query((rs, n) -> view(rs))
        .list();
  }

  /** The returns of rounds of {@code lot}, oldest first. */
  public List<ReturnView> ofLot(String lot) {
    return jdbc.sql(COLUMNS + " WHERE lot = ? ORDER BY recorded_seq")
        .param(lot)
        .query((rs, n) -> view(rs))
        .list();
  }

  /** Rounds of {@code lot} returned so far from {@code shipment}. */
  long returned(String shipment, String lot) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM customer_return WHERE shipment = ? AND lot = ?")
        .params(shipment, lot)
        .query(Long.class)
        .single();
  }

  /** How many returns of {@code lot} were reworked so far. */
  int reworked(String lot) {
    return jdbc.sql("SELECT COUNT(*) FROM customer_return WHERE lot = ? AND new_lot IS NOT NULL")
        .param(lot)
        .query(Integer.class)
        .single();
  }

  private static ReturnView view(ResultSet rs) throws SQLException {
    return new ReturnView(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14));
  }
}
