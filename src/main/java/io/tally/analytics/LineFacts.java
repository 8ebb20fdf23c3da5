package io.tally.analytics;

import io.tally.analytics.kpi.LineFact;
import io.tally.analytics.kpi.ReasonCode;
import io.tally.analytics.kpi.RunId;
import io.tally.plant.model.Line;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason.Category;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A line's facts in a time window, read by index from execution's runs and stops and from the count
 * projection: the runs and stops that overlap the window (with their starts, even if earlier) and
 * the counts inside it.
 */
@Component
class LineFacts {
  private final JdbcClient jdbc;

  LineFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<LineFact> of(Line line, Instant from, Instant to, ZoneId zone) {
    List<Timed> out = new ArrayList<>();
    String id = line.id().value();
    Timestamp f = Timestamp.from(from), t = Timestamp.from(to);
    jdbc.sql(
            "SELECT run, product, started_at, ended_at FROM production_run WHERE line = ?"
                + " AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)")
        .params(id, t, f)
        .query(
            (ResultSet rs) -> {
              RunId run = new RunId(rs.getString(1));
              ProductCode product = new ProductCode(rs.getString(2));
              double rate = line.capability(product).map(Line.Capability::ratedPerHour).orElse(1.0);
              Instant start = instant(rs, 3);
              out.add(
                  new Timed(
                      start, 1, new LineFact.RunStarted(local(start, zone), run, product, rate)));
              Instant end = instant(rs, 4);
              if (end != null) {
                out.add(new Timed(end, 3, new LineFact.RunEnded(local(end, zone), run)));
              }
            });
    jdbc.sql(
            "SELECT reason, category, started_at, ended_at FROM line_stop WHERE line = ?"
                + " AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)")
        .params(id, t, f)
        .query(
            (ResultSet rs) -> {
              Instant start = instant(rs, 3);
              out.add(
                  new Timed(
                      start,
                      2,
                      new LineFact.StopStarted(
                          local(start, zone),
                          new ReasonCode(rs.getString(1)),
                          Category.valueOf(rs.getString(2)))));
              Instant end = instant(rs, 4);
              if (end != null) {
                out.add(new Timed(end, 2, new LineFact.StopEnded(local(end, zone))));
              }
            });
    jdbc.sql("SELECT run, at, good, scrap FROM kpi_count WHERE line = ? AND at > ? AND at <= ?")
        .params(id, f, t)
        .query(
            (ResultSet rs) -> {
              Instant at = instant(rs, 2);
              out.add(
                  new Timed(
                      at,
                      0,
                      new LineFact.CountRecorded(
                          local(at, zone),
                          new RunId(rs.getString(1)),
                          rs.getLong(3),
                          rs.getLong(4),
                          0)));
            });
    // A count at the instant its run ends belongs to the run: counts first, then stops, then ends.
    out.sort(Comparator.comparing(Timed::at).thenComparingInt(Timed::order));
    return out.stream().map(Timed::fact).toList();
  }

  private record Timed(Instant at, int order, LineFact fact) {}

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static LocalDateTime local(Instant i, ZoneId zone) {
    return LocalDateTime.ofInstant(i, zone);
  }
}
