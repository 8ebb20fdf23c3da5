package io.tally.analytics;

import io.tally.analytics.kpi.LineFact;
import io.tally.analytics.kpi.ReasonCode;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunId;
import io.tally.execution.RunView;
import io.tally.execution.StopView;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason;
import io.tally.plant.model.StopReason.Category;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A line's facts in a time window, from execution's runs and stops (its query API) and from the
 * count projection ({@link CountFacts}): the runs and stops that overlap the window (with their
 * starts, even if earlier) and the counts inside it, each with quality's later decisions about its
 * units.
 */
@Component
class LineFacts {
  private final JdbcClient jdbc;
  private final ExecutionQueries execution;
  private final CountFacts countFacts;

  LineFacts(JdbcClient jdbc, ExecutionQueries execution, CountFacts countFacts) {
    this.jdbc = jdbc;
    this.execution = execution;
    this.countFacts = countFacts;
  }

  /**
   * The facts as corrected, or ({@code asRecorded}) as first recorded: stops with the reason and
   * times they were reported with, and count reports without the corrections' changes.
   */
  List<LineFact> of(
      LineId line, Instant from, Instant to, PlantVersions.History rules, boolean asRecorded) {
    List<RunView> runs = execution.runsOverlapping(line, from, to);
    Map<String, Double> rates = recordedRates(runs);
    CountFacts.Both counts = countFacts.of(line.value(), from, to);
    List<StopView> stops =
        asRecorded
            ? execution.stopsOverlappingAsRecorded(line, from, to)
            : execution.stopsOverlapping(line, from, to);
    return facts(
        line, runs, rates, stops, asRecorded ? counts.recorded() : counts.corrected(), rules);
  }

  /** The facts as corrected and as first recorded, from one read of the runs and the counts. */
  Both both(LineId line, Instant from, Instant to, PlantVersions.History rules) {
    List<RunView> runs = execution.runsOverlapping(line, from, to);
    Map<String, Double> rates = recordedRates(runs);
    CountFacts.Both counts = countFacts.of(line.value(), from, to);
    List<StopView> stops = execution.stopsOverlapping(line, from, to);
    List<StopView> stopsRecorded = execution.stopsOverlappingAsRecorded(line, from, to);
    return new Both(
        facts(line, runs, rates, stops, counts.corrected(), rules),
        facts(line, runs, rates, stopsRecorded, counts.recorded(), rules));
  }

  /** A line's facts as corrected and as first recorded. */
  record Both(List<LineFact> corrected, List<LineFact> recorded) {}

  private static List<LineFact> facts(
      LineId line,
      List<RunView> runs,
      Map<String, Double> recordedRates,
      List<StopView> stops,
      List<CountFacts.Row> counts,
      PlantVersions.History rules) {
    List<Timed> out = new ArrayList<>();
    Map<String, Instant> starts = new HashMap<>();
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
    for (StopView st : stops) {
      Category category = category(st, rules);
      boolean failure =
          category == Category.UNPLANNED
              && rules
                  .at(st.startedAt())
                  .findStopReason(st.reason())
                  .map(StopReason::failure)
                  .orElse(false);
      out.add(
          new Timed(
              st.startedAt(),
              3,
              new LineFact.StopStarted(
                  st.startedAt(), new ReasonCode(st.reason()), category, failure)));
      if (st.endedAt() != null) {
        out.add(new Timed(st.endedAt(), 3, new LineFact.StopEnded(st.endedAt())));
      }
    }
    // A correction's change is summed with its report (CountFacts), at the report's time.
    for (CountFacts.Row c : counts) {
      // A count made at the instant its own run starts (a late entry) follows that start.
      out.add(
          new Timed(
              c.at(),
              c.at().equals(starts.get(c.run())) ? 2 : 0,
              new LineFact.CountRecorded(
                  c.at(), new RunId(c.run()), c.good(), c.scrap(), 0, c.quality())));
    }
    // A count at the instant its run ends belongs to the run: counts first, then a run starting,
    // counts of that run, stops, then ends.
    out.sort(
        Comparator.comparing(Timed::at).thenComparingInt(Timed::order).thenComparing(Timed::run));
    return out.stream().map(Timed::fact).toList();
  }

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
    for (List<String> ids : CountFacts.batches(runs.stream().map(RunView::run).toList())) {
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
}
