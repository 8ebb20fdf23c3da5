package io.tally.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads lots, their decisions and the inspection streams back from the projections. */
@Service
class QualityLots {
  private static final String LOT_COLUMNS =
      "lot, product, line, status, submission, good, scrap, consumed, origin, parent,"
          + " reworked_to, closed_at, reason, concession_requested_by, concession_reason,"
          + " concession_approved_by, released_quantity, released_at, released_seq,"
          + " released_hash";
  private static final RowMapper<LotView> LOT =
      (rs, n) ->
          new LotView(
              rs.getString("lot"),
              rs.getString("product"),
              rs.getString("line"),
              LotStatus.valueOf(rs.getString("status")),
              rs.getString("submission"),
              rs.getLong("good"),
              rs.getLong("scrap"),
              rs.getLong("consumed"),
              rs.getLong("good") - rs.getLong("consumed"),
              rs.getString("origin"),
              rs.getString("parent"),
              rs.getString("reworked_to"),
              instant(rs, "closed_at"),
              rs.getString("reason"),
              rs.getString("concession_requested_by"),
              rs.getString("concession_reason"),
              rs.getString("concession_approved_by"),
              (Long) rs.getObject("released_quantity", Long.class),
              instant(rs, "released_at"),
              (Long) rs.getObject("released_seq", Long.class),
              rs.getString("released_hash"),
              List.of());
  private static final RowMapper<InspectionView> INSPECTION =
      (rs, n) ->
          new InspectionView(
              rs.getString("nc_class"),
              rs.getString("rule_set"),
              rs.getString("edition"),
              rs.getString("submission"),
              rs.getString("severity"),
              rs.getString("insp_level"),
              rs.getString("aql"),
              rs.getLong("lot_size"),
              rs.getString("letter"),
              rs.getString("plan_letter"),
              rs.getInt("n"),
              rs.getInt("ac"),
              rs.getInt("re"),
              rs.getBoolean("full_inspection"),
              rs.getInt("d"),
              rs.getString("result"),
              rs.getLong("destroyed"),
              rs.getString("inspector"),
              instant(rs, "inspected_at"),
              rs.getLong("seq"));

  private final JdbcClient jdbc;

  QualityLots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LotView> find(String lot) {
    return jdbc.sql("SELECT " + LOT_COLUMNS + " FROM quality_lot WHERE lot = ?")
        .param(lot)
        .query(LOT)
        .optional()
        .map(l -> l.withInspections(inspections(lot)));
  }

  /** Closed lots awaiting a decision, oldest first. */
  List<LotView> queue() {
    return jdbc
        .sql(
            "SELECT "
                + LOT_COLUMNS
                + " FROM quality_lot WHERE status = 'CLOSED' ORDER BY closed_seq")
        .query(LOT)
        .list()
        .stream()
        .map(l -> l.withInspections(inspections(l.lot())))
        .toList();
  }

  /** Lots in one status, the most recently changed first. */
  List<LotView> inStatus(LotStatus status, int limit) {
    return jdbc.sql(
            "SELECT "
                + LOT_COLUMNS
                + " FROM quality_lot WHERE status = ? ORDER BY updated_seq DESC LIMIT ?")
        .params(status.name(), limit)
        .query(LOT)
        .list();
  }

  List<InspectionView> inspections(String lot) {
    return jdbc.sql(
            "SELECT nc_class, rule_set, edition, submission, severity, insp_level, aql, lot_size,"
                + " letter, plan_letter, n, ac, re, full_inspection, d, result, destroyed,"
                + " inspector, inspected_at, seq FROM quality_inspection WHERE lot = ? ORDER BY"
                + " seq")
        .param(lot)
        .query(INSPECTION)
        .list();
  }

  /** How many reworked lots the original lot of {@code origin} has given so far. */
  int reworks(String origin) {
    return jdbc.sql("SELECT reworks FROM quality_lot WHERE lot = ?")
        .param(origin)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  List<StreamView> streams() {
    return jdbc.sql(
            "SELECT product, line, nc_class, insp_level, aql, severity, discontinued, score, lots"
                + " FROM quality_stream ORDER BY product, line, nc_class, insp_level, aql")
        .query(
            (rs, n) ->
                new StreamView(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBoolean(7),
                    rs.getInt(8),
                    rs.getLong(9)))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
