package io.tally.execution;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountChange;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.execution.ExecutionEvent.StopCorrected;
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
 * Count reports as recorded and as corrected, count and stop corrections, and their effect on
 * execution's lots, runs, work orders and stops. A pending correction changes nothing until its
 * approval.
 */
@Component
class CorrectionsProjection implements Projection {
  private final JdbcClient jdbc;
  private final WriteBehind writes;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(CountReported.class, this::reported)
          .on(CountCorrected.class, this::corrected)
          .on(CorrectionApproved.class, this::approved)
          .on(StopCorrected.class, this::stopCorrected);

  CorrectionsProjection(JdbcClient jdbc, WriteBehind writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  @Override
  public List<String> tables() {
    return List.of("stop_correction", "count_correction", "count_report");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void reported(CountReported c, LedgerEntry e) {
    writes.update(
        "INSERT INTO count_report (seq, run, lot, line, good, scrap, corrected_good,"
            + " corrected_scrap, voided, late, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)",
        e.seq(),
        c.run().value(),
        c.lot().toString(),
        c.line().value(),
        c.good(),
        c.scrap(),
        c.good(),
        c.scrap(),
        Boolean.TRUE.equals(c.late()),
        time(c.at()));
  }

  private void corrected(CountCorrected c, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO count_correction (seq, corrects, run, lot, line, good, scrap, good_change,"
                + " scrap_change, voided, reason, actor, status, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.seq(),
            e.corrects(),
            c.run().value(),
            c.lot().toString(),
            c.line().value(),
            c.good(),
            c.scrap(),
            c.goodChange(),
            c.scrapChange(),
            c.voided(),
            c.reason(),
            e.actor(),
            (c.pending() ? CorrectionStatus.PENDING : CorrectionStatus.IN_EFFECT).name(),
            time(e.time()))
        .update();
    if (c.inEffect()) {
      takeEffect(e.seq(), c);
    }
  }

  private void approved(CorrectionApproved a, LedgerEntry e) {
    jdbc.sql(
            "UPDATE count_correction SET status = 'IN_EFFECT', approved_by = ?, approved_seq = ?"
                + " WHERE seq = ?")
        .params(e.actor(), e.seq(), a.correction())
        .update();
    takeEffect(a.correction(), a);
  }

  /** The corrected report carries the correction's figures; its lot, run and order the change. */
  private void takeEffect(long correction, CountChange c) {
    Figures f =
        jdbc.sql("SELECT corrects, good, scrap, voided FROM count_correction WHERE seq = ?")
            .param(correction)
            .query(
                (rs, n) ->
                    new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
            .single();
    jdbc.sql(
            "UPDATE count_report SET corrected_good = ?, corrected_scrap = ?, voided = ?"
                + " WHERE seq = ?")
        .params(f.good(), f.scrap(), f.voided(), f.report())
        .update();
    jdbc.sql("UPDATE production_lot SET good = good + ?, scrap = scrap + ? WHERE lot = ?")
        .params(c.goodChange(), c.scrapChange(), c.lot().toString())
        .update();
    jdbc.sql("UPDATE production_run SET good = good + ?, scrap = scrap + ? WHERE run = ?")
        .params(c.goodChange(), c.scrapChange(), c.run().value())
        .update();
    jdbc.sql(
            "UPDATE work_order SET good = good + ? WHERE id ="
                + " (SELECT work_order FROM production_run WHERE run = ?)")
        .params(c.goodChange(), c.run().value())
        .update();
  }

  private void stopCorrected(StopCorrected s, LedgerEntry e) {
    Was was =
        jdbc.sql("SELECT reason, started_at, ended_at FROM line_stop WHERE stop = ?")
            .param(s.stop())
            .query((rs, n) -> new Was(rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3)))
            .single();
    Timestamp ended = s.endedAt() == null ? null : time(s.endedAt());
    jdbc.sql(
            "INSERT INTO stop_correction (seq, corrects, stop, line, was_reason, was_started_at,"
                + " was_ended_at, reason, started_at, ended_at, why, actor, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.seq(),
            e.corrects(),
            s.stop(),
            s.line().value(),
            was.reason(),
            was.startedAt(),
            was.endedAt(),
            s.reason(),
            time(s.startedAt()),
            ended,
            s.why(),
            e.actor(),
            time(e.time()))
        .update();
    jdbc.sql(
            "UPDATE line_stop SET reason = ?, category = ?, started_at = ?, ended_at = ?"
                + " WHERE stop = ?")
        .params(s.reason(), s.category().name(), time(s.startedAt()), ended, s.stop())
        .update();
  }

  /** A correction's figures for the report it corrects. */
  private record Figures(long report, long good, long scrap, boolean voided) {}

  /** A stop as it stood before a correction. */
  private record Was(String reason, Timestamp startedAt, Timestamp endedAt) {}

  private static Timestamp time(Instant at) {
    return Timestamp.from(at);
  }
}
