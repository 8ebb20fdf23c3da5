package io.tally.traceability;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.traceability.ReturnEvent.CustomerReturnDisposed;
import io.tally.traceability.ReturnEvent.CustomerReturnReceived;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customer returns, and the rounds they move: back from SHIPPED to HELD at the return's location,
 * then on by quality's disposition. Like every projection it never makes a quantity negative.
 */
@Component
class ReturnProjection implements Projection {
  private final JdbcClient jdbc;
  private final FinishedStock stock;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(CustomerReturnReceived.class, this::received)
          .on(CustomerReturnDisposed.class, this::disposed);

  ReturnProjection(JdbcClient jdbc, FinishedStock stock) {
    this.jdbc = jdbc;
    this.stock = stock;
  }

  @Override
  public List<String> tables() {
    return List.of("customer_return");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void received(CustomerReturnReceived r, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO customer_return (id, shipment, customer, authorisation, lot, quantity,"
                + " location, reason, document, status, recorded_by, recorded_seq) VALUES (?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, 'AWAITING', ?, ?)")
        .params(
            r.customerReturn(),
            r.shipment(),
            r.customer(),
            r.authorisation(),
            r.lot(),
            r.quantity(),
            r.location(),
            r.reason(),
            r.document(),
            e.actor(),
            e.seq())
        .update();
    long left = r.quantity();
    for (FinishedStock.Row row : stock.rows(r.lot(), StockState.SHIPPED)) {
      long back = Math.min(left, row.quantity());
      stock.add(r.lot(), row.location(), StockState.SHIPPED, -back);
      left -= back;
    }
    stock.add(r.lot(), r.location(), StockState.HELD, r.quantity() - left);
  }

  private void disposed(CustomerReturnDisposed d, LedgerEntry e) {
    String status =
        switch (d.disposition()) {
          case RELEASE -> "RELEASED";
          case REWORK -> "REWORKED";
          case SCRAP -> "SCRAPPED";
        };
    jdbc.sql(
            "UPDATE customer_return SET status = ?, disposed_by = ?, note = ?, new_lot = ? WHERE"
                + " id = ?")
        .params(status, e.actor(), d.note(), d.newLot(), d.customerReturn())
        .update();
    StockState to =
        switch (d.disposition()) {
          case RELEASE -> StockState.RELEASED;
          case REWORK -> StockState.REWORKED;
          case SCRAP -> StockState.SCRAPPED;
        };
    long moved = stock.shift(d.lot(), d.location(), StockState.HELD, to, d.quantity());
    if (d.newLot() != null) {
      jdbc.sql(
              "INSERT INTO finished_lot (lot, product, line, parent_lot, status, opened_seq)"
                  + " SELECT ?, product, NULL, lot, 'OPEN', ? FROM finished_lot WHERE lot = ?")
          .params(d.newLot(), e.seq(), d.lot())
          .update();
      stock.add(d.newLot(), d.location(), StockState.QUARANTINE, moved);
    }
  }
}
