package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads consumption and move corrections. */
@Component
public class StockCorrectionQueries {
  private static final String SELECT =
      "SELECT seq, corrects, kind, material, subject, lot, from_location, to_location,"
          + " was_quantity, quantity, quantity_change, voided, reason, actor, status, approved_by,"
          + " approved_seq, recorded_at FROM stock_correction";
  private final JdbcClient jdbc;

  StockCorrectionQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StockCorrectionView> find(long seq) {
    return jdbc.sql(SELECT + " WHERE seq = ?")
        .param(seq)
        .query(StockCorrectionQueries::view)
        .optional();
  }

  /** Correction {@code seq}, or a refusal naming it. */
  StockCorrectionView require(long seq) {
    return find(seq)
        .orElseThrow(
            () ->
                CommandRejected.notFound("correction", "no consumption or move correction " + seq));
  }

  /** The corrections of one ledger entry, oldest first. */
  List<StockCorrectionView> of(long corrects) {
    return jdbc.sql(SELECT + " WHERE corrects = ? ORDER BY seq")
        .param(corrects)
        .query(StockCorrectionQueries::view)
        .list();
  }

  /** Corrections of a finished lot's consumptions or moves, or of a component lot's or a unit's. */
  public List<StockCorrectionView> about(String lot) {
    return jdbc.sql(SELECT + " WHERE lot = ? OR subject = ? ORDER BY seq")
        .params(lot, lot)
        .query(StockCorrectionQueries::view)
        .list();
  }

  /** Corrections awaiting a second person, oldest first. */
  public List<StockCorrectionView> pending() {
    return jdbc.sql(SELECT + " WHERE status = 'PENDING' ORDER BY seq")
        .query(StockCorrectionQueries::view)
        .list();
  }

  /** The newest corrections first. */
  public List<StockCorrectionView> recent(int limit) {
    return jdbc.sql(SELECT + " ORDER BY seq DESC LIMIT ?")
        .param(limit)
        .query(StockCorrectionQueries::view)
        .list();
  }

  private static StockCorrectionView view(ResultSet rs, int n) throws SQLException {
    return new StockCorrectionView(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getLong(9),
        rs.getLong(10),
        rs.getLong(11),
        rs.getBoolean(12),
        rs.getString(13),
        rs.getString(14),
        rs.getString(15),
        rs.getString(16),
        rs.getObject(17) == null ? null : rs.getLong(17),
        rs.getTimestamp(18).toInstant());
  }
}
