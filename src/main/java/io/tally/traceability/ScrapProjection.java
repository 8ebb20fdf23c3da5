package io.tally.traceability;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountChange;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.traceability.ScrapEvent.DestructionActRecorded;
import io.tally.traceability.ScrapEvent.RetainedSamplesDiscarded;
import io.tally.traceability.ScrapEvent.SamplesRetained;
import io.tally.traceability.ScrapEvent.ScrapAwaitingDestruction;
import io.tally.traceability.ScrapEvent.Taken;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scrap in custody: line rejects (counts as corrected) and rounds quality scrapped enter the reject
 * store; commands move them to await destruction and a witnessed act destroys them. Retained
 * reference samples leave finished stock (state RETAINED) and, past their date, go to the reject
 * store.
 */
@Component
class ScrapProjection implements Projection {
  private final JdbcClient jdbc;
  private final ScrapStock scrap;
  private final FinishedStock finished;
  private final RejectStore rejectStore;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(CountReported.class, this::counted)
          .on(CountCorrected.class, (c, e) -> corrected(c))
          .on(CorrectionApproved.class, (c, e) -> corrected(c))
          .on(ScrapAwaitingDestruction.class, (m, e) -> awaiting(m))
          .on(DestructionActRecorded.class, this::destroyed)
          .on(SamplesRetained.class, this::retained)
          .on(RetainedSamplesDiscarded.class, (d, e) -> discarded(d))
          .on(ReturnEvent.CustomerReturnDisposed.class, (d, e) -> returnDisposed(d));

  ScrapProjection(
      JdbcClient jdbc, ScrapStock scrap, FinishedStock finished, RejectStore rejectStore) {
    this.jdbc = jdbc;
    this.scrap = scrap;
    this.finished = finished;
    this.rejectStore = rejectStore;
  }

  @Override
  public List<String> tables() {
    return List.of("scrap_stock", "destruction_act_line", "destruction_act", "retained_sample");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
    if (TraceEvents.LOT_SCRAPPED.equals(e.type())) {
      scrap.add(
          e.payload().text("lot"),
          ScrapStock.QUALITY,
          rejectStore.location(),
          ScrapStock.REJECT_STORE,
          e.payload().number("quantity"));
    }
  }

  /** A customer return quality scrapped goes to the reject store like any other scrap. */
  private void returnDisposed(ReturnEvent.CustomerReturnDisposed d) {
    if (d.disposition() == ReturnEvent.Disposition.SCRAP) {
      scrap.add(
          d.lot(),
          ScrapStock.RETURN,
          rejectStore.location(),
          ScrapStock.REJECT_STORE,
          d.quantity());
    }
  }

  private void counted(CountReported c, LedgerEntry e) {
    scrap.add(
        c.lot().toString(),
        ScrapStock.LINE,
        rejectStore.location(),
        ScrapStock.REJECT_STORE,
        c.scrap());
  }

  private void corrected(CountChange c) {
    if (c.inEffect()) {
      scrap.add(
          c.lot().toString(),
          ScrapStock.LINE,
          rejectStore.location(),
          ScrapStock.REJECT_STORE,
          c.scrapChange());
    }
  }

  private void awaiting(ScrapAwaitingDestruction m) {
    for (Taken t : m.lines()) {
      scrap.add(t.lot(), t.reason(), t.location(), ScrapStock.REJECT_STORE, -t.quantity());
      scrap.add(t.lot(), t.reason(), m.location(), ScrapStock.AWAITING, t.quantity());
    }
  }

  private void destroyed(DestructionActRecorded a, LedgerEntry e) {
    long total = 0;
    int n = 0;
    for (Taken t : a.lines()) {
      scrap.add(t.lot(), t.reason(), t.location(), ScrapStock.AWAITING, -t.quantity());
      scrap.add(t.lot(), t.reason(), t.location(), ScrapStock.DESTROYED, t.quantity());
      jdbc.sql(
              "INSERT INTO destruction_act_line (act, line_no, lot, reason, location, quantity)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")
          .params(a.act(), ++n, t.lot(), t.reason(), t.location(), t.quantity())
          .update();
      total += t.quantity();
    }
    jdbc.sql(
            "INSERT INTO destruction_act (id, destroyed_on, place, method, witnesses, document,"
                + " quantity, recorded_by, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.act(),
            a.date(),
            a.place(),
            a.method(),
            String.join(",", a.witnesses()),
            a.document(),
            total,
            e.actor(),
            e.seq())
        .update();
  }

  private void retained(SamplesRetained r, LedgerEntry e) {
    finished.shift(r.lot(), r.location(), r.state(), StockState.RETAINED, r.quantity());
    jdbc.sql(
            "INSERT INTO retained_sample (id, lot, location, quantity, retain_until, status,"
                + " taken_by, seq) VALUES (?, ?, ?, ?, ?, 'RETAINED', ?, ?)")
        .params(
            r.retention(), r.lot(), r.location(), r.quantity(), r.retainUntil(), e.actor(), e.seq())
        .update();
  }

  private void discarded(RetainedSamplesDiscarded d) {
    finished.shift(d.lot(), d.location(), StockState.RETAINED, StockState.SCRAPPED, d.quantity());
    scrap.add(d.lot(), ScrapStock.RETAINED, d.rejectStore(), ScrapStock.REJECT_STORE, d.quantity());
    jdbc.sql("UPDATE retained_sample SET status = 'DISCARDED' WHERE id = ?")
        .param(d.retention())
        .update();
  }
}
