package io.tally.execution;

import static io.tally.execution.ExecutionEvents.COUNT_REPORTED;
import static io.tally.execution.ExecutionEvents.LOT_CLOSED;
import static io.tally.execution.ExecutionEvents.LOT_OPENED;
import static io.tally.execution.ExecutionEvents.RUN_ENDED;
import static io.tally.execution.ExecutionEvents.RUN_STARTED;
import static io.tally.execution.ExecutionEvents.STOP_ENDED;
import static io.tally.execution.ExecutionEvents.STOP_STARTED;
import static io.tally.execution.ExecutionEvents.WORK_ORDER_CANCELLED;
import static io.tally.execution.ExecutionEvents.WORK_ORDER_ENTERED;

import io.tally.execution.lot.LotNumber;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
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

  ExecutionProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("line_stop", "production_lot", "production_run", "work_order");
  }

  @Override
  public void apply(LedgerEntry e) {
    LedgerEntry.Payload p = e.payload();
    switch (e.type()) {
      case WORK_ORDER_ENTERED ->
          jdbc.sql(
                  "INSERT INTO work_order (id, line, product, quantity, planned_start, status,"
                      + " good, entered_seq) VALUES (?, ?, ?, ?, ?, 'OPEN', 0, ?)")
              .params(
                  p.text("workOrder"),
                  p.text("line"),
                  p.text("product"),
                  p.number("quantity"),
                  time(p.text("plannedStart")),
                  e.seq())
              .update();
      case WORK_ORDER_CANCELLED ->
          jdbc.sql("UPDATE work_order SET status = 'CANCELLED' WHERE id = ?")
              .param(p.text("workOrder"))
              .update();
      case RUN_STARTED -> runStarted(e, p);
      case LOT_OPENED -> lotOpened(e, p);
      case COUNT_REPORTED -> counted(p);
      case LOT_CLOSED -> {
        jdbc.sql(
                "UPDATE production_lot SET status = 'CLOSED', closed_at = ?, close_rule = ?"
                    + " WHERE lot = ?")
            .params(time(p.text("at")), p.text("rule"), p.text("lot"))
            .update();
        jdbc.sql("UPDATE production_run SET current_lot = NULL WHERE current_lot = ?")
            .param(p.text("lot"))
            .update();
      }
      case RUN_ENDED -> runEnded(p);
      case STOP_STARTED ->
          jdbc.sql(
                  "INSERT INTO line_stop (stop, line, reason, category, started_at, started_seq)"
                      + " VALUES (?, ?, ?, ?, ?, ?)")
              .params(
                  p.text("stop"),
                  p.text("line"),
                  p.text("reason"),
                  p.text("category"),
                  time(p.text("at")),
                  e.seq())
              .update();
      case STOP_ENDED ->
          jdbc.sql("UPDATE line_stop SET ended_at = ? WHERE stop = ?")
              .params(time(p.text("at")), p.text("stop"))
              .update();
      default -> {}
    }
  }

  private void runStarted(LedgerEntry e, LedgerEntry.Payload p) {
    String workOrder = p.textOrNull("workOrder");
    jdbc.sql(
            "INSERT INTO production_run (run, line, product, work_order, current_lot, good, scrap,"
                + " started_at, started_seq) VALUES (?, ?, ?, ?, NULL, 0, 0, ?, ?)")
        .params(
            p.text("run"),
            p.text("line"),
            p.text("product"),
            workOrder,
            time(p.text("at")),
            e.seq())
        .update();
    if (workOrder != null) {
      jdbc.sql("UPDATE work_order SET status = 'IN_PROGRESS' WHERE id = ?")
          .param(workOrder)
          .update();
    }
  }

  private void lotOpened(LedgerEntry e, LedgerEntry.Payload p) {
    LotNumber number = LotNumber.parse(p.text("lot"));
    jdbc.sql(
            "INSERT INTO production_lot (lot, product, line, run, interfix, lot_year,"
                + " lot_sequence, status, good, scrap, opened_at, opened_seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', 0, 0, ?, ?)")
        .params(
            number.toString(),
            p.text("product"),
            p.text("line"),
            p.text("run"),
            number.interfix(),
            number.year(),
            number.sequence(),
            time(p.text("at")),
            e.seq())
        .update();
    jdbc.sql("UPDATE production_run SET current_lot = ? WHERE run = ?")
        .params(number.toString(), p.text("run"))
        .update();
  }

  private void counted(LedgerEntry.Payload p) {
    long good = p.number("good");
    long scrap = p.number("scrap");
    jdbc.sql("UPDATE production_lot SET good = good + ?, scrap = scrap + ? WHERE lot = ?")
        .params(good, scrap, p.text("lot"))
        .update();
    jdbc.sql("UPDATE production_run SET good = good + ?, scrap = scrap + ? WHERE run = ?")
        .params(good, scrap, p.text("run"))
        .update();
    jdbc.sql(
            "UPDATE work_order SET good = good + ? WHERE id ="
                + " (SELECT work_order FROM production_run WHERE run = ?)")
        .params(good, p.text("run"))
        .update();
  }

  private void runEnded(LedgerEntry.Payload p) {
    jdbc.sql("UPDATE production_run SET ended_at = ? WHERE run = ?")
        .params(time(p.text("at")), p.text("run"))
        .update();
    // An order whose run ends short of its quantity goes back on the dispatch list for the rest.
    jdbc.sql(
            "UPDATE work_order SET status = CASE WHEN good >= quantity THEN 'COMPLETED' ELSE"
                + " 'OPEN' END WHERE id = (SELECT work_order FROM production_run WHERE run = ?)")
        .param(p.text("run"))
        .update();
  }

  private static Timestamp time(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }
}
