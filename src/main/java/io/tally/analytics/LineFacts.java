package io.tally.analytics;

import io.tally.analytics.kpi.Disposition;
import io.tally.analytics.kpi.LineFact;
import io.tally.analytics.kpi.LotDispositions;
import io.tally.analytics.kpi.ReasonCode;
import io.tally.analytics.kpi.RunId;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunView;
import io.tally.execution.StopView;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason;
import io.tally.plant.model.StopReason.Category;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A line's facts in a time window, from execution's runs and stops (its query API) and from the
 * count projection: the runs and stops that overlap the window (with their starts, even if earlier)
 * and the counts inside it, each with quality's later decisions about its units.
 */
@Component
class LineFacts {
  private final JdbcClient jdbc;
  private final ExecutionQueries execution;

  LineFacts(JdbcClient jdbc, ExecutionQueries execution) {
    this.jdbc = jdbc;
    this.execution = execution;
  }

  List<LineFact> of(LineId line, Instant from, Instant to, PlantVersions.History rules) {
    List<Timed> out = new ArrayList<>();
    String id = line.value();
    Timestamp f = Timestamp.from(from), t = Timestamp.from(to);
    for (RunView r : execution.runsOverlapping(line, from, to)) {
      RunId run = new RunId(r.run());
      ProductCode product = new ProductCode(r.product());
      double rate = ratedRate(r, line, product, rules);
      out.add(
          new Timed(r.startedAt(), 1, new LineFact.RunStarted(r.startedAt(), run, product, rate)));
      if (r.endedAt() != null) {
        out.add(new Timed(r.endedAt(), 3, new LineFact.RunEnded(r.endedAt(), run)));
      }
    }
    for (StopView st : execution.stopsOverlapping(line, from, to)) {
      out.add(
          new Timed(
              st.startedAt(),
              2,
              new LineFact.StopStarted(
                  st.startedAt(),
                  new ReasonCode(st.reason()),
                  Category.valueOf(st.category()),
                  Category.valueOf(st.category()) == Category.UNPLANNED
                      && rules
                          .at(st.startedAt())
                          .findStopReason(st.reason())
                          .map(StopReason::failure)
                          .orElse(false))));
      if (st.endedAt() != null) {
        out.add(new Timed(st.endedAt(), 2, new LineFact.StopEnded(st.endedAt())));
      }
    }
    List<CountRow> rows = new ArrayList<>();
    jdbc.sql(
            "SELECT seq, run, lot, at, good, scrap FROM kpi_count"
                + " WHERE line = ? AND at > ? AND at <= ?")
        .params(id, f, t)
        .query(
            (ResultSet rs) -> {
              rows.add(
                  new CountRow(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      instant(rs, 4),
                      rs.getLong(5),
                      rs.getLong(6)));
            });
    Map<Long, Disposition> quality = dispositions(id, f, t);
    for (CountRow c : rows) {
      out.add(
          new Timed(
              c.at(),
              0,
              new LineFact.CountRecorded(
                  c.at(),
                  new RunId(c.run()),
                  c.good(),
                  c.scrap(),
                  0,
                  quality.getOrDefault(c.seq(), Disposition.NONE))));
    }
    // A count at the instant its run ends belongs to the run: counts first, then stops, then ends.
    out.sort(Comparator.comparing(Timed::at).thenComparingInt(Timed::order));
    return out.stream().map(Timed::fact).toList();
  }

  /**
   * Quality's decisions about the lots of these counts, spread over each lot's counts (all of them,
   * in and out of the window) pro rata to their good units: each count row's share by its seq.
   */
  private Map<Long, Disposition> dispositions(String line, Timestamp from, Timestamp to) {
    // One query for the decisions about every lot counted in the window; lots without are skipped.
    Map<String, long[]> totals = new TreeMap<>();
    jdbc.sql(
            "SELECT lot, kind, SUM(quantity) FROM kpi_quality WHERE lot IN"
                + " (SELECT lot FROM kpi_count WHERE line = ? AND at > ? AND at <= ?)"
                + " GROUP BY lot, kind")
        .params(line, from, to)
        .query(
            (ResultSet rs) -> {
              int i = KINDS.indexOf(rs.getString(2));
              if (i >= 0) {
                totals.computeIfAbsent(rs.getString(1), k -> new long[5])[i] += rs.getLong(3);
              }
            });
    Map<Long, Disposition> out = new HashMap<>();
    for (Map.Entry<String, long[]> lotTotals : totals.entrySet()) {
      String lot = lotTotals.getKey();
      long[] t = lotTotals.getValue();
      List<Long> seqs = new ArrayList<>();
      List<Long> good = new ArrayList<>();
      jdbc.sql("SELECT seq, good FROM kpi_count WHERE lot = ? ORDER BY at, seq")
          .param(lot)
          .query(
              (ResultSet rs) -> {
                seqs.add(rs.getLong(1));
                good.add(rs.getLong(2));
              });
      List<Disposition> spread =
          LotDispositions.spread(good, new LotDispositions.Totals(t[0], t[1], t[2], t[3], t[4]));
      for (int i = 0; i < seqs.size(); i++) {
        out.put(seqs.get(i), spread.get(i));
      }
    }
    return out;
  }

  private static final List<String> KINDS =
      List.of(
          QualityProjection.SCRAP,
          QualityProjection.REWORK,
          QualityProjection.SAMPLES,
          QualityProjection.CONCESSION,
          QualityProjection.REWORK_SCRAP);

  private record CountRow(
      long seq, String run, @Nullable String lot, Instant at, long good, long scrap) {}

  /**
   * The rated rate the run started under: as its start recorded it, or for a run started before
   * runs recorded it, the line's rate for the product in the plant file in force at its start.
   */
  private double ratedRate(
      RunView r, LineId line, ProductCode product, PlantVersions.History rules) {
    List<Double> recorded = new ArrayList<>(1);
    jdbc.sql("SELECT rated_per_hour FROM kpi_run WHERE run = ? AND rated_per_hour IS NOT NULL")
        .param(r.run())
        .query(
            rs -> {
              recorded.add(rs.getDouble(1));
            });
    if (!recorded.isEmpty() && recorded.get(0) > 0) {
      return recorded.get(0);
    }
    return rules
        .at(r.startedAt())
        .findLine(line)
        .flatMap(l -> l.capability(product))
        .map(Line.Capability::ratedPerHour)
        .orElse(1.0);
  }

  private record Timed(Instant at, int order, LineFact fact) {}

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
