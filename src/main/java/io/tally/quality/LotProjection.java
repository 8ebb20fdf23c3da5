package io.tally.quality;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountChange;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.execution.ExecutionEvent.LotClosed;
import io.tally.execution.ExecutionEvent.LotOpened;
import io.tally.execution.lot.LotNumber;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lots as quality sees them: opened, counted and closed by execution, then inspected, released,
 * held, reworked or scrapped by quality. A reworked lot is a new lot linked to the one it came
 * from, and every rework counts on the original lot, which gives the next suffix letter.
 */
@Component
class LotProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers execution =
      new EventHandlers()
          .on(LotOpened.class, (o, e) -> ensure(o.lot(), o.product(), o.line(), e.seq()))
          .on(CountReported.class, this::counted)
          .on(CountCorrected.class, this::corrected)
          .on(CorrectionApproved.class, this::corrected)
          .on(LotClosed.class, this::closed);

  LotProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("quality_lot");
  }

  @Override
  public void apply(LedgerEntry e) {
    execution.apply(e);
    var p = e.payload();
    if (p.textOrNull("lot") == null) {
      // Not about a lot (a stop, a user, a shipment): nothing for quality to record.
      return;
    }
    switch (e.type()) {
      case QualityEvents.SAMPLES_CONSUMED ->
          update("consumed = consumed + ?", "", e, p.number("quantity"));
      case QualityEvents.LOT_HELD -> update("status = 'HELD', reason = ?", "", e, p.text("reason"));
      case QualityEvents.LOT_SCRAPPED ->
          update("status = 'SCRAPPED', reason = ?", "", e, p.text("reason"));
      case QualityEvents.CONCESSION_REQUESTED ->
          update(
              "concession_requested_by = ?, concession_reason = ?",
              "",
              e,
              p.text("requestedBy"),
              p.text("reason"));
      case QualityEvents.CONCESSION_APPROVED ->
          update("concession_approved_by = ?", "", e, p.text("approvedBy"));
      case QualityEvents.LOT_RELEASED ->
          update(
              "status = 'RELEASED', released_quantity = ?, released_at = ?, released_seq = ?,"
                  + " released_hash = ?",
              "",
              e,
              p.number("quantity"),
              time(p.text("at")),
              e.seq(),
              e.hash());
      case QualityEvents.LOT_REWORKED -> reworked(e);
      default -> {
        // Not a lot event.
      }
    }
  }

  private void counted(CountReported c, LedgerEntry e) {
    ensure(c.lot(), c.product(), c.line(), e.seq());
    update("good = good + ?, scrap = scrap + ?", "AND status = 'OPEN'", e, c.good(), c.scrap());
  }

  /** A count correction in effect changes the lot size, open or closed, and so its sample. */
  private void corrected(CountChange c, LedgerEntry e) {
    if (c.inEffect()) {
      update("good = good + ?, scrap = scrap + ?", "", e, c.goodChange(), c.scrapChange());
    }
  }

  private void closed(LotClosed c, LedgerEntry e) {
    ensure(c.lot(), c.product(), c.line(), e.seq());
    update(
        "status = 'CLOSED', good = ?, scrap = ?, closed_at = ?, closed_seq = ?",
        "AND status = 'OPEN'",
        e,
        c.good(),
        c.scrap(),
        Timestamp.from(c.at()),
        e.seq());
  }

  private void reworked(LedgerEntry e) {
    var p = e.payload();
    String lot = p.text("lot");
    String newLot = p.text("newLot");
    update("status = 'REWORKED', reworked_to = ?, reason = ?", "", e, newLot, p.text("reason"));
    jdbc.sql(
            "UPDATE quality_lot SET reworks = reworks + 1, updated_seq = ? WHERE lot ="
                + " (SELECT origin FROM quality_lot WHERE lot = ?)")
        .params(e.seq(), lot)
        .update();
    jdbc.sql(
            "INSERT INTO quality_lot (lot, product, line, status, good, scrap, consumed, origin,"
                + " parent, reworks, submission, closed_at, closed_seq, updated_seq)"
                + " SELECT ?, product, line, 'CLOSED', ?, 0, 0, origin, lot, 0, 'RESUBMITTED', ?,"
                + " ?, ? FROM quality_lot WHERE lot = ?")
        .params(newLot, p.number("quantity"), time(p.text("at")), e.seq(), e.seq(), lot)
        .update();
  }

  private void ensure(LotNumber number, ProductCode product, LineId line, long seq) {
    String lot = number.toString();
    long known =
        jdbc.sql("SELECT COUNT(*) FROM quality_lot WHERE lot = ?")
            .param(lot)
            .query(Long.class)
            .single();
    if (known == 0) {
      jdbc.sql(
              "INSERT INTO quality_lot (lot, product, line, status, good, scrap, consumed, origin,"
                  + " reworks, submission, updated_seq) VALUES (?, ?, ?, 'OPEN', 0, 0, 0, ?, 0,"
                  + " 'ORIGINAL', ?)")
          .params(lot, product.value(), line.value(), lot, seq)
          .update();
    }
  }

  private void update(String set, String condition, LedgerEntry e, Object... values) {
    Object[] params = new Object[values.length + 2];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = e.seq();
    params[values.length + 1] = e.payload().text("lot");
    jdbc.sql("UPDATE quality_lot SET " + set + ", updated_seq = ? WHERE lot = ? " + condition)
        .params(params)
        .update();
  }

  private static Timestamp time(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }
}
