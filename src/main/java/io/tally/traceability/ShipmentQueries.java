package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads shipments and their lines. */
@Component
class ShipmentQueries {
  private final JdbcClient jdbc;

  ShipmentQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ShipmentView> find(String id) {
    List<ShipmentView.Line> lines =
        jdbc.sql(
                "SELECT lot, quantity, location, unit FROM shipment_line WHERE shipment = ? ORDER"
                    + " BY line_no")
            .param(id)
            .query(
                (rs, n) ->
                    new ShipmentView.Line(
                        rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
            .list();
    return jdbc.sql(
            "SELECT id, customer, authorisation, product, quantity, status, created_by,"
                + " created_seq, approved_by, approved_seq, dispatched_seq FROM shipment WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new ShipmentView(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    ShipmentStatus.valueOf(rs.getString(6)),
                    rs.getString(7),
                    rs.getLong(8),
                    rs.getString(9),
                    (Long) rs.getObject(10, Long.class),
                    (Long) rs.getObject(11, Long.class),
                    lines))
        .optional();
  }

  /** The shipment {@code id}; refused as not found when there is none. */
  ShipmentView require(String id) {
    return find(id)
        .orElseThrow(() -> CommandRejected.notFound("shipment", "no shipment '" + id + "'"));
  }

  /** The newest shipments, newest first. */
  List<ShipmentView> recent(int limit) {
    return jdbc
        .sql("SELECT id FROM shipment ORDER BY created_seq DESC LIMIT ?")
        .param(limit)
        .query(String.class)
        .list()
        .stream()
        .map(id -> find(id).orElseThrow())
        .toList();
  }
}
