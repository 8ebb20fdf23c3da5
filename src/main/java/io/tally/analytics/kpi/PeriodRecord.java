package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one line did in one period: its runs, stops and count increments, each inside the period.
 * Runs do not overlap each other, nor do stops (a line is in one stop at a time); a stop may lie
 * inside a run (a breakdown) or between runs (a changeover).
 */
public record PeriodRecord(Period period, List<Run> runs, List<Stop> stops, List<Count> counts) {
  public PeriodRecord {
    Objects.requireNonNull(period, "period");
    runs = runs.stream().sorted(Comparator.comparing(r -> r.span().start())).toList();
    stops = stops.stream().sorted(Comparator.comparing(s -> s.span().start())).toList();
    counts = List.copyOf(counts);
    for (Run r : runs) {
      requireWithin(period, r.span(), "run " + r.id());
    }
    for (Stop s : stops) {
      requireWithin(period, s.span(), "stop " + s.reason());
    }
    requireDisjoint(runs, Run::span, r -> "run " + r.id());
    requireDisjoint(stops, Stop::span, s -> "stop " + s.reason());
    for (Count c : counts) {
      if (!period.countsAt(c.at())) {
        throw new IllegalArgumentException(
            "count of run "
                + c.run()
                + " at "
                + c.at()
                + " lies outside period "
                + period.describe()
                + " (a period takes counts in (start, end])");
      }
    }
  }

  private static void requireWithin(Period period, Interval span, String what) {
    if (!period.within(span)) {
      throw new IllegalArgumentException(
          what + " " + show(span) + " lies outside period " + period.describe());
    }
  }

  private static <T> void requireDisjoint(
      List<T> sorted, Function<T, Interval> span, Function<T, String> name) {
    for (int i = 1; i < sorted.size(); i++) {
      Interval a = span.apply(sorted.get(i - 1));
      Interval b = span.apply(sorted.get(i));
      if (b.start().isBefore(a.end())) {
        throw new IllegalArgumentException(
            name.apply(sorted.get(i - 1))
                + " "
                + show(a)
                + " overlaps "
                + name.apply(sorted.get(i))
                + " "
                + show(b));
      }
    }
  }

  static String show(Interval i) {
    return "[" + i.start() + ", " + i.end() + ")";
  }
}
