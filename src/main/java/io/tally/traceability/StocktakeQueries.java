package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stocktakes and their sheets. */
@Component
public class StocktakeQueries {
  private final JdbcClient jdbc;

  StocktakeQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StocktakeView> find(String id) {
    return jdbc.sql(
            "SELECT id, location, status, opened_by, differences, first_approver, second_approver"
                + " FROM stocktake WHERE id = ?")
        .param(id)
        .query((rs, n) -> view(rs, lines(id)))
        .optional();
  }

  /** The newest stocktakes first, without their lines. */
  /** Stocktake {@code id}, or a refusal naming it. */
  public StocktakeView require(String id) {
    return find(id)
        .orElseThrow(() -> CommandRejected.notFound("stocktake", "no stocktake '" + id + "'"));
  }

  public List<StocktakeView> recent(int limit) {
    return jdbc.sql(
            "SELECT id, location, status, opened_by, differences, first_approver, second_approver"
                + " FROM stocktake ORDER BY opened_seq DESC LIMIT ?")
        .param(limit)
        .query((rs, n) -> view(rs, List.of()))
        .list();
  }

  /** The sequence of the stocktake's StocktakeOpened entry. */
  Optional<Long> openedSeq(String id) {
    return jdbc.sql("SELECT opened_seq FROM stocktake WHERE id = ?")
        .param(id)
        .query(Long.class)
        .optional();
  }

  /** Who counted any line of the stocktake. */
  List<String> counters(String id) {
    return jdbc.sql(
            "SELECT DISTINCT counted_by FROM stocktake_line WHERE stocktake = ? AND counted_by IS"
                + " NOT NULL")
        .param(id)
        .query(String.class)
        .list();
  }

  private List<StocktakeLine> lines(String id) {
    return jdbc.sql(
            "SELECT line_no, kind, sscc, lot, location, counted, book FROM stocktake_line WHERE"
                + " stocktake = ? ORDER BY line_no")
        .param(id)
        .query(
            (rs, n) ->
                new StocktakeLine(
                    rs.getInt(1),
                    StocktakeLine.Kind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6) == null ? null : rs.getLong(6),
                    rs.getObject(7) == null ? null : rs.getLong(7)))
        .list();
  }

  private static StocktakeView view(ResultSet rs, List<StocktakeLine> lines) throws SQLException {
    return new StocktakeView(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getString(6),
        rs.getString(7),
        lines);
  }
}
