package io.tally.traceability;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.traceability.IncomingEvent.ComponentLotInspected;
import io.tally.traceability.IncomingEvent.ReceivingInspectionResumed;
import io.tally.traceability.IncomingEvent.SupplierApprovalWithdrawn;
import io.tally.traceability.IncomingEvent.SupplierApproved;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Supplier approvals made in the ledger, and the inputs of each receiving inspection stream with
 * the state the switching rules give after them.
 */
@Component
class IncomingProjection implements Projection {
  private final JdbcClient jdbc;
  private final ReceivingStreams streams;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(
              SupplierApproved.class,
              (a, e) -> approval(a.component(), a.supplier(), true, a.reason(), e))
          .on(
              SupplierApprovalWithdrawn.class,
              (w, e) -> approval(w.component(), w.supplier(), false, w.reason(), e))
          .on(ComponentLotInspected.class, this::inspected)
          .on(ReceivingInspectionResumed.class, this::resumed);

  IncomingProjection(JdbcClient jdbc, ReceivingStreams streams) {
    this.jdbc = jdbc;
    this.streams = streams;
  }

  @Override
  public List<String> tables() {
    return List.of("supplier_approval", "receiving_stream_input", "receiving_stream");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void approval(
      String component, String supplier, boolean approved, String reason, LedgerEntry e) {
    jdbc.sql("DELETE FROM supplier_approval WHERE component = ? AND supplier = ?")
        .params(component, supplier)
        .update();
    jdbc.sql(
            "INSERT INTO supplier_approval (component, supplier, approved, changed_by, reason, seq)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(component, supplier, approved, e.actor(), reason, e.seq())
        .update();
  }

  private void inspected(ComponentLotInspected i, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO receiving_stream_input (seq, component, supplier, insp_level, aql, kind,"
                + " component_lot, severity, lot_size, n, ac, re, d, result, actor) VALUES (?, ?,"
                + " ?, ?, ?, 'LOT', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.seq(),
            i.component(),
            i.supplier(),
            i.level(),
            i.aql(),
            i.componentLot(),
            i.severity().name(),
            i.lotSize(),
            i.n(),
            i.ac(),
            i.re(),
            i.d(),
            i.result().name(),
            e.actor())
        .update();
    streams.refresh(new ReceivingStreams.Id(i.component(), i.supplier(), i.level(), i.aql()));
  }

  private void resumed(ReceivingInspectionResumed r, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO receiving_stream_input (seq, component, supplier, insp_level, aql, kind,"
                + " actor, note) VALUES (?, ?, ?, ?, ?, 'RESUMED', ?, ?)")
        .params(
            e.seq(),
            r.component(),
            r.supplier(),
            r.level(),
            r.aql(),
            e.actor(),
            r.correctiveAction())
        .update();
    streams.refresh(new ReceivingStreams.Id(r.component(), r.supplier(), r.level(), r.aql()));
  }
}
