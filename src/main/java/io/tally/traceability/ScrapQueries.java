package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads scrap in custody: the reject store, scrap awaiting destruction, acts, retained samples. */
@Component
public class ScrapQueries {
  private final JdbcClient jdbc;

  ScrapQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every row in a state of custody (REJECT_STORE, AWAITING_DESTRUCTION) with rounds in it. */
  public List<ScrapRow> inState(String state, int limit) {
    return jdbc.sql(
            "SELECT lot, reason, location, state, quantity FROM scrap_stock WHERE state = ? AND"
                + " quantity <> 0 ORDER BY lot, reason, location LIMIT ?")
        .params(state, limit)
        .query(ScrapRow.class)
        .list();
  }

  /** A lot's scrap in every state of custody. */
  public List<ScrapRow> lot(String lot) {
    return jdbc.sql(
            "SELECT lot, reason, location, state, quantity FROM scrap_stock WHERE lot = ? AND"
                + " quantity <> 0 ORDER BY state DESC, reason, location")
        .param(lot)
        .query(ScrapRow.class)
        .list();
  }

  /** Rounds of a lot in one state of custody. */
  public long total(String lot, String state) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM scrap_stock WHERE lot = ? AND state = ?")
        .params(lot, state)
        .query(Long.class)
        .single();
  }

  /** The newest destruction acts first, with their lines. */
  public List<DestructionActView> acts(int limit) {
    return jdbc.sql(
            "SELECT id, destroyed_on, place, method, witnesses, document, quantity, recorded_by"
                + " FROM destruction_act ORDER BY seq DESC LIMIT ?")
        .param(limit)
        .query((rs, n) -> act(rs))
        .list();
  }

  public Optional<DestructionActView> act(String id) {
    return jdbc.sql(
            "SELECT id, destroyed_on, place, method, witnesses, document, quantity, recorded_by"
                + " FROM destruction_act WHERE id = ?")
        .param(id)
        .query((rs, n) -> act(rs))
        .optional();
  }

  public List<RetainedSampleView> retained(String lot) {
    return jdbc.sql(
            "SELECT id, lot, location, quantity, retain_until, status, taken_by FROM"
                + " retained_sample WHERE lot = ? ORDER BY seq")
        .param(lot)
        .query((rs, n) -> retention(rs))
        .list();
  }

  /** Retained samples still kept, the soonest due first. */
  public List<RetainedSampleView> retainedNow(int limit) {
    return jdbc.sql(
            "SELECT id, lot, location, quantity, retain_until, status, taken_by FROM"
                + " retained_sample WHERE status = 'RETAINED' ORDER BY retain_until, id LIMIT ?")
        .param(limit)
        .query((rs, n) -> retention(rs))
        .list();
  }

  public Optional<RetainedSampleView> retention(String id) {
    return jdbc.sql(
            "SELECT id, lot, location, quantity, retain_until, status, taken_by FROM"
                + " retained_sample WHERE id = ?")
        .param(id)
        .query((rs, n) -> retention(rs))
        .optional();
  }

  RetainedSampleView requireRetention(String id) {
    return retention(id)
        .orElseThrow(
            () -> CommandRejected.notFound("retention", "no retained samples '" + id + "'"));
  }

  private DestructionActView act(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    List<ScrapEvent.Taken> lines =
        jdbc.sql(
                "SELECT lot, reason, location, quantity FROM destruction_act_line WHERE act = ?"
                    + " ORDER BY line_no")
            .param(id)
            .query(ScrapEvent.Taken.class)
            .list();
    return new DestructionActView(
        id,
        rs.getDate(2).toLocalDate(),
        rs.getString(3),
        rs.getString(4),
        Arrays.asList(rs.getString(5).split(",")),
        rs.getString(6),
        rs.getLong(7),
        rs.getString(8),
        lines);
  }

  private static RetainedSampleView retention(ResultSet rs) throws SQLException {
    return new RetainedSampleView(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getDate(5).toLocalDate(),
        rs.getString(6),
        rs.getString(7));
  }
}
