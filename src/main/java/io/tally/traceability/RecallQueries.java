package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.traceability.RecallEvent.Reach;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads recalls, the shipments they reached and the customers' acknowledgements. */
@Component
public class RecallQueries {
  private static final String COLUMNS =
      "SELECT id, subject, kind, reason, hold, status, opened_by, closed_by FROM recall";
  private final JdbcClient jdbc;

  RecallQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<RecallView> find(String id) {
    return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query((rs, n) -> view(rs)).optional();
  }

  /** Recall {@code id}, or a refusal naming it. */
  public RecallView require(String id) {
    return find(id).orElseThrow(() -> CommandRejected.notFound("recall", "no recall '" + id + "'"));
  }

  /** The newest recalls first, open ones before closed ones. */
  public List<RecallView> recent(int limit) {
    return jdbc.sql(
            COLUMNS
                + " ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, opened_seq DESC LIMIT ?")
        .param(limit)
        .query((rs, n) -> view(rs))
        .list();
  }

  /** The recalls whose reach includes lot {@code lot} or whose subject it is. */
  public List<RecallView> touching(String lot) {
    return jdbc.sql(
            COLUMNS
                + " WHERE subject = ? OR id IN (SELECT recall FROM recall_shipment WHERE lot = ?)"
                + " ORDER BY opened_seq")
        .params(lot, lot)
        .query((rs, n) -> view(rs))
        .list();
  }

  private RecallView view(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    return new RecallView(
        id,
        rs.getString(2),
        HoldKind.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        shipments(id),
        customers(id));
  }

  private List<Reach> shipments(String recall) {
    return jdbc.sql(
            "SELECT shipment, customer, lot, quantity FROM recall_shipment WHERE recall = ? ORDER"
                + " BY shipment, lot")
        .param(recall)
        .query(
            (rs, n) -> new Reach(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
        .list();
  }

  private List<RecallView.Customer> customers(String recall) {
    return jdbc.sql(
            "SELECT customer, acknowledged_by, acknowledged_on, document, recorded_by FROM"
                + " recall_customer WHERE recall = ? ORDER BY customer")
        .param(recall)
        .query(
            (rs, n) ->
                new RecallView.Customer(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, java.time.LocalDate.class),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }
}
