package io.tally.plant;

import io.tally.kernel.CommandRejected;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads plant-file changes back from their projection. */
@Component
class PlantChangeQueries {
  private static final String COLUMNS =
      "SELECT id, file, proposed_sha256, current_sha256, proposed_by, reset_streams, approved_by,"
          + " effective FROM plant_change";

  private final JdbcClient jdbc;

  PlantChangeQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<PlantChangeView> all() {
    return jdbc.sql(COLUMNS + " ORDER BY id").query(this::view).list();
  }

  PlantChangeView one(long id) {
    return jdbc.sql(COLUMNS + " WHERE id = ?")
        .param(id)
        .query(this::view)
        .optional()
        .orElseThrow(() -> CommandRejected.notFound("id", "no plant change " + id));
  }

  /** The latest approved change to this file, whatever its effective date. */
  Optional<PlantChangeView> approvedFor(String sha256) {
    return jdbc
        .sql(COLUMNS + " WHERE proposed_sha256 = ? AND approved_by IS NOT NULL ORDER BY id DESC")
        .param(sha256)
        .query(this::view)
        .list()
        .stream()
        .findFirst();
  }

  private PlantChangeView view(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong(1);
    Date effective = rs.getDate(8);
    String approvedBy = rs.getString(7);
    return new PlantChangeView(
        id,
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        differences(id),
        approvedBy,
        effective == null ? null : effective.toLocalDate(),
        approvedBy == null ? PlantChangeStatus.PROPOSED : PlantChangeStatus.APPROVED);
  }

  private List<PlantChangeView.Difference> differences(long id) {
    return jdbc.sql(
            "SELECT path, old_value, new_value, controlled FROM plant_change_difference"
                + " WHERE change_id = ? ORDER BY position")
        .param(id)
        .query(
            (rs, n) ->
                new PlantChangeView.Difference(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
        .list();
  }
}
