package io.tally.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads count reports, count corrections and stop corrections back from their projection. */
@Service
public class CorrectionQueries {
  private static final String REPORTS =
      "SELECT seq, run, lot, line, good, scrap, corrected_good, corrected_scrap, voided, late, at"
          + " FROM count_report";
  private static final String CORRECTIONS =
      "SELECT seq, corrects, run, lot, line, good, scrap, good_change, scrap_change, voided,"
          + " reason, actor, status, approved_by, recorded_at FROM count_correction";
  private static final String STOP_CORRECTIONS =
      "SELECT seq, corrects, stop, line, was_reason, was_started_at, was_ended_at, reason,"
          + " started_at, ended_at, why, actor, recorded_at FROM stop_correction";
  private static final RowMapper<CountReportView> REPORT =
      (rs, n) ->
          new CountReportView(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getLong(5),
              rs.getLong(6),
              rs.getLong(7),
              rs.getLong(8),
              rs.getBoolean(9),
              rs.getBoolean(10),
              instant(rs, 11));
  private static final RowMapper<CorrectionView> CORRECTION =
      (rs, n) ->
          new CorrectionView(
              rs.getLong(1),
              rs.getLong(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getLong(6),
              rs.getLong(7),
              rs.getLong(8),
              rs.getLong(9),
              rs.getBoolean(10),
              rs.getString(11),
              rs.getString(12),
              CorrectionStatus.valueOf(rs.getString(13)),
              rs.getString(14),
              instant(rs, 15));
  private static final RowMapper<StopCorrectionView> STOP_CORRECTION =
      (rs, n) ->
          new StopCorrectionView(
              rs.getLong(1),
              rs.getLong(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              instant(rs, 6),
              instant(rs, 7),
              rs.getString(8),
              instant(rs, 9),
              instant(rs, 10),
              rs.getString(11),
              rs.getString(12),
              instant(rs, 13));

  private final JdbcClient jdbc;

  CorrectionQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CountReportView> report(long seq) {
    return jdbc.sql(REPORTS + " WHERE seq = ?").param(seq).query(REPORT).optional();
  }

  /** A lot's or a run's count reports that were corrected or entered late, in order. */
  public List<CountReportView> notableReports(String column, String value) {
    return jdbc.sql(
            REPORTS
                + " WHERE "
                + column(column)
                + " = ? AND (late OR voided OR good <> corrected_good OR scrap <> corrected_scrap)"
                + " ORDER BY seq")
        .param(value)
        .query(REPORT)
        .list();
  }

  public Optional<CorrectionView> correction(long seq) {
    return jdbc.sql(CORRECTIONS + " WHERE seq = ?").param(seq).query(CORRECTION).optional();
  }

  /** The corrections of one count report still waiting for a second person. */
  Optional<CorrectionView> pendingFor(long report) {
    return jdbc.sql(CORRECTIONS + " WHERE corrects = ? AND status = 'PENDING'")
        .param(report)
        .query(CORRECTION)
        .optional();
  }

  /** A lot's or a run's count corrections, in order. */
  public List<CorrectionView> corrections(String column, String value) {
    return jdbc.sql(CORRECTIONS + " WHERE " + column(column) + " = ? ORDER BY seq")
        .param(value)
        .query(CORRECTION)
        .list();
  }

  /** A lot's figures as recorded and as corrected; empty when it has neither lot nor reports. */
  public Optional<CorrectionSummary> lotSummary(String lot) {
    return jdbc.sql("SELECT good, scrap FROM production_lot WHERE lot = ?")
        .param(lot)
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .optional()
        .map(f -> summary("lot", lot, f[0], f[1]));
  }

  /** A run's figures as recorded and as corrected. */
  public CorrectionSummary runSummary(RunView run) {
    return summary("run", run.run(), run.good(), run.scrap());
  }

  private CorrectionSummary summary(String column, String value, long good, long scrap) {
    return CorrectionSummary.of(
        value, good, scrap, corrections(column, value), notableReports(column, value));
  }

  /** Count corrections waiting for a second person, oldest first. */
  public List<CorrectionView> pending() {
    return jdbc.sql(CORRECTIONS + " WHERE status = 'PENDING' ORDER BY seq")
        .query(CORRECTION)
        .list();
  }

  /** A line's stop corrections, the newest first. */
  public List<StopCorrectionView> stopCorrections(String line, int limit) {
    return jdbc.sql(STOP_CORRECTIONS + " WHERE line = ? ORDER BY seq DESC LIMIT ?")
        .params(line, limit)
        .query(STOP_CORRECTION)
        .list();
  }

  /** The stops of a line entered late, the newest first. */
  public List<String> lateStops(String line, int limit) {
    return jdbc
        .sql("SELECT stop FROM line_stop WHERE line = ? AND late ORDER BY started_at DESC")
        .param(line)
        .query(String.class)
        .list()
        .stream()
        .limit(limit)
        .toList();
  }

  /** When the line's last ended stop ended, if any stop of it ended. */
  Optional<Instant> lastStopEnd(String line) {
    return jdbc.sql("SELECT MAX(ended_at) FROM line_stop WHERE line = ?")
        .param(line)
        .query((rs, n) -> Optional.ofNullable(instant(rs, 1)))
        .single();
  }

  /** The sequence of the StopStarted of a stop. */
  long startedSeq(String stop) {
    return jdbc.sql("SELECT started_seq FROM line_stop WHERE stop = ?")
        .param(stop)
        .query(Long.class)
        .single();
  }

  private static String column(String column) {
    // Only these two; the name is never a user's text.
    if (!column.equals("lot") && !column.equals("run")) {
      throw new IllegalArgumentException("corrections are listed by lot or run");
    }
    return column;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
