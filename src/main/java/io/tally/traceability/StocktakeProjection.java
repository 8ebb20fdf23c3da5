package io.tally.traceability;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.traceability.StocktakeEvent.StockAdjusted;
import io.tally.traceability.StocktakeEvent.StocktakeApproved;
import io.tally.traceability.StocktakeEvent.StocktakeClosed;
import io.tally.traceability.StocktakeEvent.StocktakeCounted;
import io.tally.traceability.StocktakeEvent.StocktakeDifferenceFound;
import io.tally.traceability.StocktakeEvent.StocktakeLineListed;
import io.tally.traceability.StocktakeEvent.StocktakeOpened;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stocktakes and their sheets, and the stock their approved differences write on or off. */
@Component
class StocktakeProjection implements Projection {
  private final JdbcClient jdbc;
  private final FinishedStock finished;
  private final ComponentStock components;
  private final Units units;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(StocktakeOpened.class, this::opened)
          .on(StocktakeLineListed.class, this::listed)
          .on(StocktakeCounted.class, this::counted)
          .on(StocktakeDifferenceFound.class, this::different)
          .on(StocktakeClosed.class, this::closed)
          .on(StocktakeApproved.class, this::approved)
          .on(StockAdjusted.class, (a, e) -> adjusted(a));

  StocktakeProjection(
      JdbcClient jdbc, FinishedStock finished, ComponentStock components, Units units) {
    this.jdbc = jdbc;
    this.finished = finished;
    this.components = components;
    this.units = units;
  }

  @Override
  public List<String> tables() {
    return List.of("stocktake_line", "stocktake");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void opened(StocktakeOpened o, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO stocktake (id, location, status, opened_by, opened_seq, differences)"
                + " VALUES (?, ?, 'OPEN', ?, ?, 0)")
        .params(o.stocktake(), o.location(), e.actor(), e.seq())
        .update();
  }

  private void listed(StocktakeLineListed l, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO stocktake_line (stocktake, line_no, kind, sscc, lot, location) VALUES (?,"
                + " ?, ?, ?, ?, ?)")
        .params(l.stocktake(), l.line(), l.kind().name(), l.sscc(), l.lot(), l.location())
        .update();
  }

  /** A count after the close reopens the stocktake: its comparison and any approval lapse. */
  private void counted(StocktakeCounted c, LedgerEntry e) {
    jdbc.sql(
            "UPDATE stocktake SET status = 'OPEN', differences = 0, first_approver = NULL WHERE id"
                + " = ? AND status = 'AWAITING'")
        .param(c.stocktake())
        .update();
    jdbc.sql("UPDATE stocktake_line SET book = NULL WHERE stocktake = ?")
        .param(c.stocktake())
        .update();
    jdbc.sql(
            "UPDATE stocktake_line SET counted = ?, counted_by = ? WHERE stocktake = ? AND"
                + " line_no = ?")
        .params(c.quantity(), e.actor(), c.stocktake(), c.line())
        .update();
  }

  private void different(StocktakeDifferenceFound d, LedgerEntry e) {
    jdbc.sql("UPDATE stocktake_line SET book = ? WHERE stocktake = ? AND line_no = ?")
        .params(d.book(), d.stocktake(), d.line())
        .update();
  }

  /** Lines without a difference had the book figure they were counted at. */
  private void closed(StocktakeClosed c, LedgerEntry e) {
    jdbc.sql("UPDATE stocktake_line SET book = counted WHERE stocktake = ? AND book IS NULL")
        .param(c.stocktake())
        .update();
    jdbc.sql("UPDATE stocktake SET status = ?, differences = ? WHERE id = ?")
        .params(c.differences() == 0 ? "CLOSED" : "AWAITING", c.differences(), c.stocktake())
        .update();
  }

  private void approved(StocktakeApproved a, LedgerEntry e) {
    String sql =
        a.approval() == 1
            ? "UPDATE stocktake SET first_approver = ? WHERE id = ?"
            : "UPDATE stocktake SET second_approver = ?, status = 'ADJUSTED' WHERE id = ?";
    jdbc.sql(sql).params(e.actor(), a.stocktake()).update();
  }

  private void adjusted(StockAdjusted a) {
    switch (a.kind()) {
      case UNIT -> {
        units.addContent(a.sscc(), a.lot(), a.quantity());
        finished.add(a.lot(), a.location(), a.state(), a.quantity());
      }
      case LOOSE -> finished.add(a.lot(), a.location(), a.state(), a.quantity());
      case COMPONENT -> components.add(a.lot(), a.location(), a.quantity());
    }
  }
}
