package io.tally.traceability;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.traceability.RecallEvent.Reach;
import io.tally.traceability.RecallEvent.RecallAcknowledged;
import io.tally.traceability.RecallEvent.RecallClosed;
import io.tally.traceability.RecallEvent.RecallOpened;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recalls, the shipments they reached and each reached customer's acknowledgement. */
@Component
class RecallProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(RecallOpened.class, this::opened)
          .on(RecallAcknowledged.class, this::acknowledged)
          .on(RecallClosed.class, this::closed);

  RecallProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("recall_customer", "recall_shipment", "recall");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void opened(RecallOpened o, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO recall (id, subject, kind, reason, hold, status, opened_by, opened_seq)"
                + " VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)")
        .params(o.recall(), o.subject(), o.kind().name(), o.reason(), o.hold(), e.actor(), e.seq())
        .update();
    for (Reach r : o.reached()) {
      jdbc.sql(
              "INSERT INTO recall_shipment (recall, shipment, customer, lot, quantity) VALUES (?,"
                  + " ?, ?, ?, ?)")
          .params(o.recall(), r.shipment(), r.customer(), r.lot(), r.quantity())
          .update();
    }
    o.reached().stream()
        .map(Reach::customer)
        .distinct()
        .forEach(
            c ->
                jdbc.sql("INSERT INTO recall_customer (recall, customer) VALUES (?, ?)")
                    .params(o.recall(), c)
                    .update());
  }

  private void acknowledged(RecallAcknowledged a, LedgerEntry e) {
    jdbc.sql(
            "UPDATE recall_customer SET acknowledged_by = ?, acknowledged_on = ?, document = ?,"
                + " recorded_by = ? WHERE recall = ? AND customer = ?")
        .params(
            a.acknowledgedBy(),
            a.acknowledgedOn(),
            a.document(),
            e.actor(),
            a.recall(),
            a.customer())
        .update();
  }

  private void closed(RecallClosed c, LedgerEntry e) {
    jdbc.sql("UPDATE recall SET status = 'CLOSED', closed_by = ? WHERE id = ?")
        .params(e.actor(), c.recall())
        .update();
  }
}
