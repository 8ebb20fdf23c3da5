package io.tally.analytics;

import io.tally.analytics.kpi.Disposition;
import io.tally.analytics.kpi.LineFact;
import io.tally.analytics.kpi.LotDispositions;
import io.tally.analytics.kpi.ReasonCode;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunId;
import io.tally.execution.RunView;
import io.tally.execution.StopView;
import io.tally.plant.PlantService;
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
  private final PlantService plant;

  LineFacts(JdbcClient jdbc, ExecutionQueries execution, PlantService plant) {
    this.jdbc = jdbc;
    this.execution = execution;
    this.plant = plant;
  }

  List<LineFact> of(LineId line, Instant from, Instant to, PlantVersions.History rules) {
    return of(line, from, to, rules, false);
  }

  /**
   * The facts as corrected, or ({@code asRecorded}) as first recorded: stops with the reason and
   * times they were reported with, and count reports without the corrections' changes.
   */
  List<LineFact> of(
      LineId line, Instant from, Instant to, PlantVersions.History rules, boolean asRecorded) {
    List<Timed> out = new ArrayList<>();
    String id = line.value();
    Timestamp f = Timestamp.from(from), t = Timestamp.from(to);
    Map<String, Instant> starts = new HashMap<>();
    List<RunView> runs = execution.runsOverlapping(line, from, to);
    Map<String, Double> recordedRates = recordedRates(runs);
    for (RunView r : runs) {
      starts.put(r.run(), r.startedAt());
      RunId run = new RunId(r.run());
      ProductCode product = new ProductCode(r.product());
      double rate = ratedRate(r, recordedRates.get(r.run()), line, product, rules);
      out.add(
          new Timed(
              r.startedAt(),
              1,
              r.run(),
              new LineFact.RunStarted(r.startedAt(), run, product, rate)));
      if (r.endedAt() != null) {
        // A run that ends in the instant it started ends right after its start.
        boolean instant = r.endedAt().equals(r.startedAt());
        out.add(
            new Timed(
                r.endedAt(),
                instant ? 1 : 4,
                instant ? r.run() + "~" : "",
                new LineFact.RunEnded(r.endedAt(), run)));
      }
    }
    List<StopView> stops =
        asRecorded
            ? execution.stopsOverlappingAsRecorded(line, from, to)
            : execution.stopsOverlapping(line, from, to);
    for (StopView st : stops) {
      out.add(
          new Timed(
              st.startedAt(),
              3,
              new LineFact.StopStarted(
                  st.startedAt(),
                  new ReasonCode(st.reason()),
                  category(st, rules),
                  category(st, rules) == Category.UNPLANNED
                      && rules
                          .at(st.startedAt())
                          .findStopReason(st.reason())
                          .map(StopReason::failure)
                          .orElse(false))));
      if (st.endedAt() != null) {
        out.add(new Timed(st.endedAt(), 3, new LineFact.StopEnded(st.endedAt())));
      }
    }
    // A correction's row (its change) is at its report's time: summed with it, never negative.
    String recordedOnly = asRecorded ? " AND correction = FALSE" : "";
    List<CountRow> rows = new ArrayList<>();
    jdbc.sql(
            "SELECT MIN(seq), run, lot, at, SUM(good), SUM(scrap) FROM kpi_count"
                + " WHERE line = ? AND at > ? AND at <= ?"
                + recordedOnly
                + " GROUP BY run, lot, at")
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
    Map<Long, Disposition> quality = dispositions(rows);
    for (CountRow c : rows) {
      // A count made at the instant its own run starts (a late entry) follows that start.
      out.add(
          new Timed(
              c.at(),
              c.at().equals(starts.get(c.run())) ? 2 : 0,
              new LineFact.CountRecorded(
                  c.at(),
                  new RunId(c.run()),
                  c.good(),
                  c.scrap(),
                  0,
                  quality.getOrDefault(c.seq(), Disposition.NONE))));
    }
    // A count at the instant its run ends belongs to the run: counts first, then a run starting,
    // counts of that run, stops, then ends.
    out.sort(
        Comparator.comparing(Timed::at).thenComparingInt(Timed::order).thenComparing(Timed::run));
    return out.stream().map(Timed::fact).toList();
  }

  /**
   * Quality's decisions about the lots of these counts, spread over each lot's counts (all of them,
   * in and out of the window) pro rata to their good units: each count row's share by its seq. A
   * few queries whatever the number of lots: the decisions of the lots counted, then the counts of
   * the lots decided about, both in batches.
   */
  private Map<Long, Disposition> dispositions(List<CountRow> rows) {
    List<String> lots = rows.stream().map(CountRow::lot).filter(l -> l != null).distinct().toList();
    Map<String, long[]> totals = new TreeMap<>();
    for (List<String> batch : batches(lots)) {
      jdbc.sql(
              "SELECT lot, kind, SUM(quantity) FROM kpi_quality WHERE lot IN (:lots)"
                  + " GROUP BY lot, kind")
          .param("lots", batch)
          .query(
              (ResultSet rs) -> {
                int i = KINDS.indexOf(rs.getString(2));
                if (i >= 0) {
                  totals.computeIfAbsent(rs.getString(1), k -> new long[5])[i] += rs.getLong(3);
                }
              });
    }
    // As the facts group them: a report with the corrections of it, at the report's time.
    Map<String, List<long[]>> counts = new HashMap<>();
    for (List<String> batch : batches(new ArrayList<>(totals.keySet()))) {
      jdbc.sql(
              "SELECT lot, MIN(seq), SUM(good), MIN(at) FROM kpi_count WHERE lot IN (:lots)"
                  + " GROUP BY lot, run, at")
          .param("lots", batch)
          .query(
              (ResultSet rs) -> {
                counts
                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(
                        new long[] {
                          rs.getLong(2),
                          rs.getLong(3),
                          rs.getTimestamp(4).toInstant().toEpochMilli()
                        });
              });
    }
    Map<Long, Disposition> out = new HashMap<>();
    for (Map.Entry<String, long[]> lotTotals : totals.entrySet()) {
      long[] t = lotTotals.getValue();
      List<long[]> ofLot = counts.getOrDefault(lotTotals.getKey(), List.of());
      // In time order, then by seq: the order the spread gives its remainders in.
      ofLot.sort(Comparator.<long[]>comparingLong(c -> c[2]).thenComparingLong(c -> c[0]));
      List<Long> good = ofLot.stream().map(c -> c[1]).toList();
      List<Disposition> spread =
          LotDispositions.spread(good, new LotDispositions.Totals(t[0], t[1], t[2], t[3], t[4]));
      for (int i = 0; i < ofLot.size(); i++) {
        out.put(ofLot.get(i)[0], spread.get(i));
      }
    }
    return out;
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  private static List<List<String>> batches(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      out.add(ids.subList(i, Math.min(ids.size(), i + 500)));
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
  private static double ratedRate(
      RunView r,
      @Nullable Double recorded,
      LineId line,
      ProductCode product,
      PlantVersions.History rules) {
    if (recorded != null && recorded > 0) {
      return recorded;
    }
    return rules
        .at(r.startedAt())
        .findLine(line)
        .flatMap(l -> l.capability(product))
        .map(Line.Capability::ratedPerHour)
        .orElse(1.0);
  }

  /** The rated rates the runs' starts recorded, by run id, read in batches. */
  private Map<String, Double> recordedRates(List<RunView> runs) {
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < runs.size(); i += 500) {
      List<String> ids =
          runs.subList(i, Math.min(runs.size(), i + 500)).stream().map(RunView::run).toList();
      jdbc.sql(
              "SELECT run, rated_per_hour FROM kpi_run WHERE run IN (:runs)"
                  + " AND rated_per_hour IS NOT NULL")
          .param("runs", ids)
          .query(
              (ResultSet rs) -> {
                out.put(rs.getString(1), rs.getDouble(2));
              });
    }
    return out;
  }

  /**
   * The category of the stop's reason in the plant file in force when it began (a corrected reason
   * may have another category than the one first reported), else the one the stop carries.
   */
  private static Category category(StopView st, PlantVersions.History rules) {
    return rules
        .at(st.startedAt())
        .findStopReason(st.reason())
        .map(StopReason::category)
        .orElse(Category.valueOf(st.category()));
  }

  /**
   * A fact with its place among facts of the same instant: {@code order} first, then {@code run} (a
   * run that starts and ends in one instant keeps its start and end together, runs in id order).
   */
  private record Timed(Instant at, int order, String run, LineFact fact) {
    Timed(Instant at, int order, LineFact fact) {
      this(at, order, "", fact);
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
