package io.tally.traceability;

import static io.tally.traceability.StockState.CONSUMED_BY_TESTING;
import static io.tally.traceability.StockState.HELD;
import static io.tally.traceability.StockState.QUARANTINE;
import static io.tally.traceability.StockState.RELEASED;
import static io.tally.traceability.StockState.REWORKED;
import static io.tally.traceability.StockState.SCRAPPED;
import static io.tally.traceability.StockState.SHIPPED;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountChange;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.execution.ExecutionEvent.LotClosed;
import io.tally.execution.ExecutionEvent.LotOpened;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.ledger.WriteBehind;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finished lots and their rounds by location and state, from execution's and quality's events (the
 * event contract) and traceability's own moves and dispatches. Good rounds enter QUARANTINE at the
 * line that made them; quality's decisions move them between states.
 */
@Component
class FinishedLotProjection implements Projection {
  private final JdbcClient jdbc;
  private final WriteBehind writes;
  private final FinishedStock stock;
  private final EventHandlers execution =
      new EventHandlers()
          .on(
              LotOpened.class,
              (o, e) ->
                  ensureLot(
                      o.lot().toString(), o.product().value(), o.line().value(), null, e.seq()))
          .on(CountReported.class, this::counted)
          .on(CountCorrected.class, (c, e) -> corrected(c))
          .on(CorrectionApproved.class, (c, e) -> corrected(c))
          .on(LotClosed.class, (c, e) -> status(c.lot().toString(), "CLOSED"));

  FinishedLotProjection(JdbcClient jdbc, WriteBehind writes, FinishedStock stock) {
    this.jdbc = jdbc;
    this.writes = writes;
    this.stock = stock;
  }

  @Override
  public List<String> tables() {
    return List.of("finished_stock", "finished_lot");
  }

  @Override
  public void apply(LedgerEntry e) {
    execution.apply(e);
    var p = e.payload();
    switch (e.type()) {
      case TraceEvents.LOT_RELEASED -> {
        status(p.text("lot"), "RELEASED");
        stock.shiftAll(p.text("lot"), List.of(QUARANTINE, HELD), RELEASED);
      }
      case TraceEvents.LOT_HELD -> {
        status(p.text("lot"), "HELD");
        stock.shiftAll(p.text("lot"), List.of(QUARANTINE, RELEASED), HELD);
      }
      case TraceEvents.LOT_SCRAPPED -> {
        stock.shiftAnywhere(
            p.text("lot"), List.of(HELD, QUARANTINE, RELEASED), SCRAPPED, p.number("quantity"));
        if (inStock(p.text("lot")) == 0) {
          status(p.text("lot"), "SCRAPPED");
        }
      }
      case TraceEvents.SAMPLES_CONSUMED ->
          stock.shiftAnywhere(
              p.text("lot"),
              List.of(QUARANTINE, HELD, RELEASED),
              CONSUMED_BY_TESTING,
              p.number("quantity"));
      case TraceEvents.LOT_REWORKED -> rework(e);
      case TraceEvents.STOCK_MOVED -> {
        if ("FINISHED".equals(p.text("material"))) {
          String lot = p.text("lot");
          StockState live = StockState.valueOf(p.text("state"));
          long moved = Math.min(p.number("quantity"), stock.quantity(lot, p.text("from"), live));
          stock.add(lot, p.text("from"), live, -moved);
          stock.add(lot, p.text("to"), live, moved);
        }
      }
      case TraceEvents.UNIT_MOVED -> {
        for (Map<String, Object> c : p.list("contents")) {
          String lot = c.get("lot").toString();
          StockState state = StockState.valueOf(c.get("state").toString());
          long moved =
              Math.min(
                  ((Number) c.get("quantity")).longValue(),
                  stock.quantity(lot, p.text("from"), state));
          stock.add(lot, p.text("from"), state, -moved);
          stock.add(lot, p.text("to"), state, moved);
        }
      }
      case TraceEvents.SHIPMENT_DISPATCHED -> {
        for (Map<String, Object> line : p.list("lines")) {
          stock.shift(
              line.get("lot").toString(),
              line.get("location").toString(),
              RELEASED,
              SHIPPED,
              ((Number) line.get("quantity")).longValue());
        }
      }
      default -> {}
    }
  }

  private void counted(CountReported c, LedgerEntry e) {
    String lot = c.lot().toString();
    ensureLot(lot, c.product().value(), c.line().value(), null, e.seq());
    stock.add(lot, c.line().value(), QUARANTINE, c.good());
  }

  /**
   * A count correction in effect adds or takes rounds at the line that made them, in the state the
   * lot's loose rounds are in there (execution refuses one that would take packed or moved rounds).
   */
  private void corrected(CountChange c) {
    if (c.inEffect()) {
      String lot = c.lot().toString();
      String status =
          jdbc.sql("SELECT status FROM finished_lot WHERE lot = ?")
              .param(lot)
              .query(String.class)
              .optional()
              .orElse("OPEN");
      StockState state = "HELD".equals(status) ? HELD : QUARANTINE;
      stock.add(lot, c.line().value(), state, c.goodChange());
    }
  }

  /** Rounds leave the held lot as REWORKED and enter the new (suffixed) lot in quarantine. */
  private void rework(LedgerEntry e) {
    var p = e.payload();
    String lot = p.text("lot");
    String newLot = p.text("newLot");
    String product =
        jdbc.sql("SELECT product FROM finished_lot WHERE lot = ?")
            .param(lot)
            .query(String.class)
            .optional()
            .orElse("UNKNOWN");
    ensureLot(newLot, product, null, lot, e.seq());
    long left = p.number("quantity");
    for (StockState s : List.of(HELD, QUARANTINE, RELEASED)) {
      for (FinishedStock.Row r : stock.rows(lot, s)) {
        long moved = stock.shift(lot, r.location(), s, REWORKED, Math.min(left, r.quantity()));
        stock.add(newLot, r.location(), QUARANTINE, moved);
        left -= moved;
      }
    }
    if (inStock(lot) == 0) {
      status(lot, "REWORKED");
    }
  }

  private long inStock(String lot) {
    return stock.rows(lot).stream()
        .filter(r -> StockState.IN_STOCK.contains(r.state()))
        .mapToLong(FinishedStock.Row::quantity)
        .sum();
  }

  private void ensureLot(String lot, String product, String line, String parent, long seq) {
    // The row if there is none yet, then its line if it had none: two writes that need no
    // answer, so they go with the command's other writes (WriteBehind).
    writes.update(
        "INSERT INTO finished_lot (lot, product, line, parent_lot, status, opened_seq)"
            + " VALUES (?, ?, ?, ?, 'OPEN', ?) ON CONFLICT DO NOTHING",
        lot,
        product,
        line,
        parent,
        seq);
    if (line != null) {
      writes.update("UPDATE finished_lot SET line = COALESCE(line, ?) WHERE lot = ?", line, lot);
    }
  }

  private void status(String lot, String status) {
    jdbc.sql("UPDATE finished_lot SET status = ? WHERE lot = ?").params(status, lot).update();
  }
}
