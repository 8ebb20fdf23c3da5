package io.tally.traceability;

import io.tally.ledger.WriteBehind;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The finished_stock table: rounds by lot, location and state. Projections change it; a take never
 * goes below zero (what is missing stays visible to reconciliation, which counts from the ledger).
 */
@Component
class FinishedStock {
  private final JdbcClient jdbc;
  private final WriteBehind writes;

  FinishedStock(JdbcClient jdbc, WriteBehind writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  /** Adds (or, negative, removes) rounds; callers never remove more than the row holds. */
  void add(String lot, String location, StockState state, long quantity) {
    if (quantity == 0) {
      return;
    }
    // Two writes that need no answer (so they go with the command's other writes, see
    // WriteBehind): the row if there is none yet, then the change.
    writes.update(
        "INSERT INTO finished_stock (lot, location, state, quantity) VALUES (?, ?, ?, 0)"
            + " ON CONFLICT DO NOTHING",
        lot,
        location,
        state.name());
    writes.update(
        "UPDATE finished_stock SET quantity = quantity + ? WHERE lot = ? AND location = ?"
            + " AND state = ?",
        quantity,
        lot,
        location,
        state.name());
  }

  long quantity(String lot, String location, StockState state) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM finished_stock WHERE lot = ? AND location = ?"
                + " AND state = ?")
        .params(lot, location, state.name())
        .query(Long.class)
        .single();
  }

  /** Moves up to {@code quantity} at one location from one state to another; returns what moved. */
  long shift(String lot, String location, StockState from, StockState to, long quantity) {
    long moved = Math.min(quantity, quantity(lot, location, from));
    if (moved > 0) {
      jdbc.sql(
              "UPDATE finished_stock SET quantity = quantity - ? WHERE lot = ? AND location = ?"
                  + " AND state = ?")
          .params(moved, lot, location, from.name())
          .update();
      add(lot, location, to, moved);
    }
    return moved;
  }

  /**
   * Moves up to {@code quantity} of a lot into {@code to}, taking from the given states in order
   * and from locations in name order; returns what moved.
   */
  long shiftAnywhere(String lot, List<StockState> from, StockState to, long quantity) {
    long left = quantity;
    for (StockState s : from) {
      for (Row r : rows(lot, s)) {
        if (left == 0) {
          return quantity;
        }
        left -= shift(lot, r.location(), s, to, left);
      }
    }
    return quantity - left;
  }

  /** Moves every round of a lot in the given states to {@code to}, location by location. */
  void shiftAll(String lot, List<StockState> from, StockState to) {
    for (StockState s : from) {
      for (Row r : rows(lot, s)) {
        shift(lot, r.location(), s, to, r.quantity());
      }
    }
  }

  List<Row> rows(String lot, StockState state) {
    return jdbc.sql(
            "SELECT location, state, quantity FROM finished_stock WHERE lot = ? AND state = ?"
                + " AND quantity > 0 ORDER BY location")
        .params(lot, state.name())
        .query(
            (rs, n) -> new Row(rs.getString(1), StockState.valueOf(rs.getString(2)), rs.getLong(3)))
        .list();
  }

  List<Row> rows(String lot) {
    return jdbc.sql(
            "SELECT location, state, quantity FROM finished_stock WHERE lot = ? AND quantity > 0"
                + " ORDER BY location, state")
        .param(lot)
        .query(
            (rs, n) -> new Row(rs.getString(1), StockState.valueOf(rs.getString(2)), rs.getLong(3)))
        .list();
  }

  /** One row of stock: where, in what state, how many. */
  record Row(String location, StockState state, long quantity) {}
}
