package io.tally.analytics;

import io.tally.analytics.kpi.LineFact;
import io.tally.analytics.kpi.ReasonCode;
import io.tally.analytics.kpi.RunId;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunView;
import io.tally.execution.StopView;
import io.tally.plant.PlantService;
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
 * A line's facts in a time window, from execution's runs and stops (its query API) and from the
 * count projection: the runs and stops that overlap the window (with their starts, even if earlier)
 * and the counts inside it.
 */
@Component
class LineFacts {
  private final JdbcClient jdbc;
  private final ExecutionQueries execution;
  private final PlantService plant;

  LineFacts(JdbcClient jdbc, ExecutionQueries execution, PlantService plant) {
    this.jdbc = jdbc;
    this.execution = execution;
    this.plant = plant;
  }

  List<LineFact> of(Line line, Instant from, Instant to, ZoneId zone) {
    return of(line, from, to, zone, false);
  }

  /**
   * The facts as corrected, or ({@code asRecorded}) as first recorded: stops with the reason and
   * times they were reported with, and count reports without the corrections' changes.
   */
  List<LineFact> of(Line line, Instant from, Instant to, ZoneId zone, boolean asRecorded) {
    List<Timed> out = new ArrayList<>();
    String id = line.id().value();
    Timestamp f = Timestamp.from(from), t = Timestamp.from(to);
    for (RunView r : execution.runsOverlapping(line.id(), from, to)) {
      RunId run = new RunId(r.run());
      ProductCode product = new ProductCode(r.product());
      double rate = line.capability(product).map(Line.Capability::ratedPerHour).orElse(1.0);
      out.add(
          new Timed(
              r.startedAt(),
              1,
              new LineFact.RunStarted(local(r.startedAt(), zone), run, product, rate)));
      if (r.endedAt() != null) {
        out.add(new Timed(r.endedAt(), 3, new LineFact.RunEnded(local(r.endedAt(), zone), run)));
      }
    }
    List<StopView> stops =
        asRecorded
            ? execution.stopsOverlappingAsRecorded(line.id(), from, to)
            : execution.stopsOverlapping(line.id(), from, to);
    for (StopView st : stops) {
      out.add(
          new Timed(
              st.startedAt(),
              2,
              new LineFact.StopStarted(
                  local(st.startedAt(), zone), new ReasonCode(st.reason()), category(st))));
      if (st.endedAt() != null) {
        out.add(new Timed(st.endedAt(), 2, new LineFact.StopEnded(local(st.endedAt(), zone))));
      }
    }
    // A correction's row (its change) is at its report's time: summed with it, never negative.
    String recordedOnly = asRecorded ? " AND correction = FALSE" : "";
    jdbc.sql(
            "SELECT run, at, SUM(good), SUM(scrap) FROM kpi_count WHERE line = ? AND at > ? AND"
                + " at <= ?"
                + recordedOnly
                + " GROUP BY run, at")
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

  /** The category of the stop's reason in the plant file, else the one the stop carries. */
  private Category category(StopView st) {
    return plant
        .plant()
        .findStopReason(st.reason())
        .map(r -> r.category())
        .orElse(Category.valueOf(st.category()));
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
