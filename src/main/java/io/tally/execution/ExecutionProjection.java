package io.tally.execution;

import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.execution.ExecutionEvent.LotClosed;
import io.tally.execution.ExecutionEvent.LotOpened;
import io.tally.execution.ExecutionEvent.RunEnded;
import io.tally.execution.ExecutionEvent.RunStarted;
import io.tally.execution.ExecutionEvent.StopEnded;
import io.tally.execution.ExecutionEvent.StopStarted;
import io.tally.execution.ExecutionEvent.WorkOrderCancelled;
import io.tally.execution.ExecutionEvent.WorkOrderEntered;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.ledger.WriteBehind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Work orders, runs, lots and stops from execution's events. It reads only its own tables, so a
 * replay gives the same rows as the live run.
 */
@Component
class ExecutionProjection implements Projection {
  private final JdbcClient jdbc;
  private final WriteBehind writes;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(WorkOrderEntered.class, this::workOrderEntered)
          .on(WorkOrderCancelled.class, (c, e) -> workOrderCancelled(c))
          .on(RunStarted.class, this::runStarted)
          .on(LotOpened.class, this::lotOpened)
          .on(CountReported.class, (c, e) -> counted(c))
          .on(LotClosed.class, (c, e) -> lotClosed(c))
          .on(RunEnded.class, (c, e) -> runEnded(c))
          .on(StopStarted.class, this::stopStarted)
          .on(StopEnded.class, (c, e) -> stopEnded(c));

  ExecutionProjection(JdbcClient jdbc, WriteBehind writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  @Override
  public List<String> tables() {
    return List.of("line_stop", "production_lot", "production_run", "work_order");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void workOrderEntered(WorkOrderEntered w, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO work_order (id, line, product, quantity, planned_start, status,"
                + " good, entered_seq) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")
        .params(
            w.workOrder().value(),
            w.line().value(),
            w.product().value(),
            w.quantity(),
            time(w.plannedStart()),
            WorkOrderStatus.OPEN.name(),
            e.seq())
        .update();
  }

  private void workOrderCancelled(WorkOrderCancelled c) {
    jdbc.sql("UPDATE work_order SET status = ? WHERE id = ?")
        .params(WorkOrderStatus.CANCELLED.name(), c.workOrder().value())
        .update();
  }

  private void runStarted(RunStarted r, LedgerEntry e) {
    String workOrder = r.workOrder() == null ? null : r.workOrder().value();
    jdbc.sql(
            "INSERT INTO production_run (run, line, product, work_order, current_lot, good, scrap,"
                + " started_at, started_seq) VALUES (?, ?, ?, ?, NULL, 0, 0, ?, ?)")
        .params(
            r.run().value(),
            r.line().value(),
            r.product().value(),
            workOrder,
            time(r.at()),
            e.seq())
        .update();
    if (workOrder != null) {
      jdbc.sql("UPDATE work_order SET status = ? WHERE id = ?")
          .params(WorkOrderStatus.IN_PROGRESS.name(), workOrder)
          .update();
    }
  }

  private void lotOpened(LotOpened o, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO production_lot (lot, product, line, run, interfix, lot_year,"
                + " lot_sequence, status, good, scrap, opened_at, opened_seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")
        .params(
            o.lot().toString(),
            o.product().value(),
            o.line().value(),
            o.run().value(),
            o.lot().interfix(),
            o.lot().year(),
            o.lot().sequence(),
            ProductionLotStatus.OPEN.name(),
            time(o.at()),
            e.seq())
        .update();
    jdbc.sql("UPDATE production_run SET current_lot = ? WHERE run = ?")
        .params(o.lot().toString(), o.run().value())
        .update();
  }

  private void counted(CountReported c) {
    // Writes that need no answer, sent with the command's other writes (WriteBehind).
    writes.update(
        "UPDATE production_lot SET good = good + ?, scrap = scrap + ? WHERE lot = ?",
        c.good(),
        c.scrap(),
        c.lot().toString());
    writes.update(
        "UPDATE production_run SET good = good + ?, scrap = scrap + ? WHERE run = ?",
        c.good(),
        c.scrap(),
        c.run().value());
    writes.update(
        "UPDATE work_order SET good = good + ? WHERE id ="
            + " (SELECT work_order FROM production_run WHERE run = ?)",
        c.good(),
        c.run().value());
  }

  private void lotClosed(LotClosed c) {
    jdbc.sql("UPDATE production_lot SET status = ?, closed_at = ?, close_rule = ? WHERE lot = ?")
        .params(
            ProductionLotStatus.CLOSED.name(), time(c.at()), c.rule().name(), c.lot().toString())
        .update();
    jdbc.sql("UPDATE production_run SET current_lot = NULL WHERE current_lot = ?")
        .param(c.lot().toString())
        .update();
  }

  private void runEnded(RunEnded r) {
    jdbc.sql("UPDATE production_run SET ended_at = ? WHERE run = ?")
        .params(time(r.at()), r.run().value())
        .update();
    // An order whose run ends short of its quantity goes back on the dispatch list for the rest.
    jdbc.sql(
            "UPDATE work_order SET status = CASE WHEN good >= quantity THEN 'COMPLETED' ELSE"
                + " 'OPEN' END WHERE id = (SELECT work_order FROM production_run WHERE run = ?)")
        .param(r.run().value())
        .update();
  }

  private void stopStarted(StopStarted s, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO line_stop (stop, line, reason, category, started_at, started_seq, late)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            s.stop(),
            s.line().value(),
            s.reason(),
            s.category().name(),
            time(s.at()),
            e.seq(),
            Boolean.TRUE.equals(s.late()))
        .update();
  }

  private void stopEnded(StopEnded s) {
    jdbc.sql("UPDATE line_stop SET ended_at = ?, late = late OR ? WHERE stop = ?")
        .params(time(s.at()), Boolean.TRUE.equals(s.late()), s.stop())
        .update();
  }

  private static Timestamp time(Instant at) {
    return Timestamp.from(at);
  }
}
