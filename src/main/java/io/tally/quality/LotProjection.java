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
import io.tally.ledger.WriteBehind;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.quality.QualityEvent.ConcessionApproved;
import io.tally.quality.QualityEvent.ConcessionRequested;
import io.tally.quality.QualityEvent.LotHeld;
import io.tally.quality.QualityEvent.LotReleased;
import io.tally.quality.QualityEvent.LotReworked;
import io.tally.quality.QualityEvent.LotScrapped;
import io.tally.quality.QualityEvent.SamplesConsumed;
import java.sql.Timestamp;
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
  private final WriteBehind writes;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(LotOpened.class, (o, e) -> ensure(o.lot(), o.product(), o.line(), e.seq()))
          .on(CountReported.class, this::counted)
          .on(CountCorrected.class, this::corrected)
          .on(CorrectionApproved.class, this::corrected)
          .on(LotClosed.class, this::closed)
          .on(
              SamplesConsumed.class,
              (c, e) -> update("consumed = consumed + ?", "", e, c.lot(), c.quantity()))
          .on(
              LotHeld.class,
              (h, e) -> update("status = 'HELD', reason = ?", "", e, h.lot(), h.reason()))
          .on(
              LotScrapped.class,
              (x, e) -> update("status = 'SCRAPPED', reason = ?", "", e, x.lot(), x.reason()))
          .on(
              ConcessionRequested.class,
              (c, e) ->
                  update(
                      "concession_requested_by = ?, concession_reason = ?",
                      "",
                      e,
                      c.lot(),
                      c.requestedBy(),
                      c.reason()))
          .on(
              ConcessionApproved.class,
              (c, e) -> update("concession_approved_by = ?", "", e, c.lot(), c.approvedBy()))
          .on(LotReleased.class, this::released)
          .on(LotReworked.class, this::reworked);

  LotProjection(JdbcClient jdbc, WriteBehind writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  @Override
  public List<String> tables() {
    return List.of("quality_lot");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void counted(CountReported c, LedgerEntry e) {
    ensure(c.lot(), c.product(), c.line(), e.seq());
    update(
        "good = good + ?, scrap = scrap + ?",
        "AND status = 'OPEN'",
        e,
        c.lot(),
        c.good(),
        c.scrap());
  }

  /** A count correction in effect changes the lot size, open or closed, and so its sample. */
  private void corrected(CountChange c, LedgerEntry e) {
    if (c.inEffect()) {
      update("good = good + ?, scrap = scrap + ?", "", e, c.lot(), c.goodChange(), c.scrapChange());
    }
  }

  private void closed(LotClosed c, LedgerEntry e) {
    ensure(c.lot(), c.product(), c.line(), e.seq());
    update(
        "status = 'CLOSED', good = ?, scrap = ?, closed_at = ?, closed_seq = ?",
        "AND status = 'OPEN'",
        e,
        c.lot(),
        c.good(),
        c.scrap(),
        Timestamp.from(c.at()),
        e.seq());
  }

  private void released(LotReleased r, LedgerEntry e) {
    update(
        "status = 'RELEASED', released_quantity = ?, released_at = ?, released_seq = ?,"
            + " released_hash = ?",
        "",
        e,
        r.lot(),
        r.quantity(),
        Timestamp.from(r.at()),
        e.seq(),
        e.hash());
  }

  private void reworked(LotReworked r, LedgerEntry e) {
    update(
        "status = 'REWORKED', reworked_to = ?, reason = ?",
        "",
        e,
        r.lot(),
        r.newLot().toString(),
        r.reason());
    jdbc.sql(
            "UPDATE quality_lot SET reworks = reworks + 1, updated_seq = ? WHERE lot ="
                + " (SELECT origin FROM quality_lot WHERE lot = ?)")
        .params(e.seq(), r.lot().toString())
        .update();
    jdbc.sql(
            "INSERT INTO quality_lot (lot, product, line, status, good, scrap, consumed, origin,"
                + " parent, reworks, submission, closed_at, closed_seq, updated_seq)"
                + " SELECT ?, product, line, 'CLOSED', ?, 0, 0, origin, lot, 0, 'RESUBMITTED', ?,"
                + " ?, ? FROM quality_lot WHERE lot = ?")
        .params(
            r.newLot().toString(),
            r.quantity(),
            Timestamp.from(r.at()),
            e.seq(),
            e.seq(),
            r.lot().toString())
        .update();
  }

  private void ensure(LotNumber number, ProductCode product, LineId line, long seq) {
    String lot = number.toString();
    // A write that needs no answer, sent with the command's other writes (WriteBehind).
    writes.update(
        "INSERT INTO quality_lot (lot, product, line, status, good, scrap, consumed, origin,"
            + " reworks, submission, updated_seq) VALUES (?, ?, ?, 'OPEN', 0, 0, 0, ?, 0,"
            + " 'ORIGINAL', ?) ON CONFLICT DO NOTHING",
        lot,
        product.value(),
        line.value(),
        lot,
        seq);
  }

  /** Sets columns of one lot; {@code values} fill the placeholders of {@code set}. */
  private void update(
      String set, String condition, LedgerEntry e, LotNumber lot, Object... values) {
    Object[] params = new Object[values.length + 2];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = e.seq();
    params[values.length + 1] = lot.toString();
    writes.update(
        "UPDATE quality_lot SET " + set + ", updated_seq = ? WHERE lot = ? " + condition, params);
  }
}
