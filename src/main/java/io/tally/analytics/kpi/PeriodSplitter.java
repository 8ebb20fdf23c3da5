package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns one line's stream of facts into one record per period. A run or stop that crosses a period
 * boundary is cut at it, so each period gets exactly its share of the time; a stop is counted (as
 * an event) only where it began. A count goes to the period whose (start, end] holds its timestamp.
 * Facts before the first or after the last period belong to other periods and are left out (the
 * stream may start at a run's start, earlier than the periods asked for); a count between two
 * periods is refused, because dropping it would lose output. Run and stop time outside every period
 * is outside planned operation and is not counted.
 */
public final class PeriodSplitter {
  private PeriodSplitter() {}

  /** Records for facts that are complete: every run and stop has ended. */
  public static List<PeriodRecord> split(List<LineFact> facts, List<Period> periods) {
    return split(facts, periods, null);
  }

  /** Records as of an instant: a run or stop still open then is taken to end at it. */
  public static List<PeriodRecord> split(
      List<LineFact> facts, List<Period> periods, LocalDateTime asOf) {
    List<Period> ordered = periods.stream().sorted(Comparator.comparing(Period::start)).toList();
    for (int i = 1; i < ordered.size(); i++) {
      Period a = ordered.get(i - 1), b = ordered.get(i);
      if (!a.line().equals(b.line())) {
        throw new IllegalArgumentException(
            "periods of lines "
                + a.line()
                + " and "
                + b.line()
                + " given together; split one line");
      }
      if (b.start().isBefore(a.end())) {
        throw new IllegalArgumentException(
            "period " + a.describe() + " overlaps period " + b.describe());
      }
    }
    Episodes e = Episodes.of(facts, asOf);
    if (!ordered.isEmpty()) {
      Period window =
          new Period(
              ordered.get(0).line(), ordered.get(0).start(), ordered.get(ordered.size() - 1).end());
      for (Count c : e.counts()) {
        if (window.countsAt(c.at()) && ordered.stream().noneMatch(p -> p.countsAt(c.at()))) {
          throw new IllegalArgumentException(
              "count of run "
                  + c.run()
                  + " at "
                  + c.at()
                  + " falls between periods; production outside planned operation needs a"
                  + " period of its own");
        }
      }
    }
    List<PeriodRecord> out = new ArrayList<>(ordered.size());
    for (Period p : ordered) {
      List<Run> runs = new ArrayList<>();
      for (Run r : e.runs()) {
        clip(r.span(), p)
            .ifPresent(s -> runs.add(new Run(r.id(), r.product(), r.ratedPerHour(), s)));
      }
      List<Stop> stops = new ArrayList<>();
      for (Stop s : e.stops()) {
        boolean continued = s.span().start().isBefore(p.start());
        clip(s.span(), p)
            .ifPresent(c -> stops.add(new Stop(c, s.reason(), s.category(), continued)));
      }
      List<Count> counts = e.counts().stream().filter(c -> p.countsAt(c.at())).toList();
      out.add(new PeriodRecord(p, runs, stops, counts));
    }
    return out;
  }

  /**
   * The part of a span inside a period. A zero-length span belongs to the period holding its
   * instant in [start, end), so an instantaneous stop is still counted once.
   */
  static Optional<Interval> clip(Interval span, Period p) {
    LocalDateTime s = max(span.start(), p.start());
    LocalDateTime e = min(span.end(), p.end());
    if (s.isBefore(e)) {
      return Optional.of(new Interval(s, e));
    }
    boolean instant = span.start().equals(span.end());
    boolean inside = !span.start().isBefore(p.start()) && span.start().isBefore(p.end());
    return instant && inside ? Optional.of(span) : Optional.empty();
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
