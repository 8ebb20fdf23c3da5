package io.tally.analytics.kpi;

import io.tally.analytics.kpi.LineFact.CountRecorded;
import io.tally.analytics.kpi.LineFact.RunEnded;
import io.tally.analytics.kpi.LineFact.RunStarted;
import io.tally.analytics.kpi.LineFact.StopEnded;
import io.tally.analytics.kpi.LineFact.StopStarted;
import io.tally.execution.RunId;
import io.tally.plant.model.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line's facts paired into whole runs and stops (not yet split by period) and counts. At equal
 * timestamps ends are taken before starts, so a run may start at the instant the previous ends.
 */
record Episodes(List<Run> runs, List<Stop> stops, List<Count> counts) {

  static Episodes of(List<LineFact> facts, Instant asOf) {
    List<LineFact> ordered = new ArrayList<>(facts);
    // Ends first at an instant, except a run that starts and ends in that one instant (a run of
    // zero length): its end keeps its place in the facts as given, after its start.
    Map<RunId, Instant> startedAt = new HashMap<>();
    facts.forEach(
        f -> {
          if (f instanceof RunStarted s) {
            startedAt.put(s.run(), s.at());
          }
        });
    ordered.sort(
        Comparator.comparing(LineFact::at)
            .thenComparing(
                f ->
                    f instanceof RunEnded e && e.at().equals(startedAt.get(e.run()))
                        ? 1
                        : f instanceof RunEnded || f instanceof StopEnded ? 0 : 1));
    Map<RunId, RunStarted> started = new HashMap<>();
    List<Run> runs = new ArrayList<>();
    List<Stop> stops = new ArrayList<>();
    List<Count> counts = new ArrayList<>();
    RunStarted openRun = null;
    StopStarted openStop = null;
    for (LineFact f : ordered) {
      if (f instanceof RunStarted s) {
        if (started.containsKey(s.run())) {
          throw new IllegalArgumentException("run " + s.run() + " started twice, at " + s.at());
        }
        if (openRun != null) {
          throw new IllegalArgumentException(
              "run "
                  + s.run()
                  + " starts at "
                  + s.at()
                  + " while run "
                  + openRun.run()
                  + " is still on; runs on a line must not overlap");
        }
        started.put(s.run(), s);
        openRun = s;
      } else if (f instanceof RunEnded e) {
        if (openRun == null || !openRun.run().equals(e.run())) {
          throw new IllegalArgumentException(
              "run " + e.run() + " ends at " + e.at() + " but is not the run that is on");
        }
        runs.add(run(openRun, e.at()));
        openRun = null;
      } else if (f instanceof CountRecorded c) {
        RunStarted s = started.get(c.run());
        if (s == null) {
          throw new IllegalArgumentException(
              "count at " + c.at() + " names run " + c.run() + ", which has not started");
        }
        counts.add(
            new Count(
                c.at(), c.run(), s.ratedPerHour(), c.good(), c.scrap(), c.rework(), c.quality()));
      } else if (f instanceof StopStarted s) {
        if (openStop != null) {
          throw new IllegalArgumentException(
              "stop "
                  + s.reason()
                  + " starts at "
                  + s.at()
                  + " while stop "
                  + openStop.reason()
                  + " (since "
                  + openStop.at()
                  + ") is still open; stops must not overlap");
        }
        openStop = s;
      } else if (f instanceof StopEnded e) {
        if (openStop == null) {
          throw new IllegalArgumentException("a stop ends at " + e.at() + " but none is open");
        }
        stops.add(stop(openStop, e.at()));
        openStop = null;
      }
    }
    if (openRun != null) {
      runs.add(run(openRun, closeAt(asOf, "run " + openRun.run(), openRun.at())));
    }
    if (openStop != null) {
      stops.add(stop(openStop, closeAt(asOf, "stop " + openStop.reason(), openStop.at())));
    }
    return new Episodes(runs, stops, counts);
  }

  private static Run run(RunStarted s, Instant end) {
    return new Run(s.run(), s.product(), s.ratedPerHour(), new Interval(s.at(), end));
  }

  private static Stop stop(StopStarted s, Instant end) {
    return new Stop(new Interval(s.at(), end), s.reason(), s.category(), false, s.failure());
  }

  /** Something still open is closed at the as-of instant, if one is given and not before it. */
  private static Instant closeAt(Instant asOf, String what, Instant since) {
    if (asOf == null) {
      throw new IllegalArgumentException(
          what + " started at " + since + " has not ended; give an as-of time to close it");
    }
    if (asOf.isBefore(since)) {
      throw new IllegalArgumentException(
          what + " started at " + since + ", after the as-of time " + asOf);
    }
    return asOf;
  }
}
