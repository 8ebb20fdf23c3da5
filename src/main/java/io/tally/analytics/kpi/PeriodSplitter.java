package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
  public static List<PeriodRecord> split(List<LineFact> facts, List<Period> periods, Instant asOf) {
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
    List<List<Count>> counts = assignCounts(e.counts(), ordered);
    List<PeriodRecord> out = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      Period p = ordered.get(i);
      List<Run> runs = new ArrayList<>();
      for (Run r : near(e.runs(), Run::span, p)) {
        clip(r.span(), p)
            .ifPresent(s -> runs.add(new Run(r.id(), r.product(), r.ratedPerHour(), s)));
      }
      List<Stop> stops = new ArrayList<>();
      for (Stop s : near(e.stops(), Stop::span, p)) {
        // A stop that began between two periods is counted (as a failure, in the Pareto) in the
        // period it runs into; one that began in an earlier period is counted there.
        Instant began = s.span().start();
        boolean continued =
            began.isBefore(p.start()) && (i == 0 || began.isBefore(ordered.get(i - 1).end()));
        clip(s.span(), p).ifPresent(c -> stops.add(s.clipped(c, continued)));
      }
      out.add(new PeriodRecord(p, runs, stops, counts.get(i)));
    }
    return out;
  }

  /** Counts (in time order) per period (in time order), in one pass over both. */
  private static List<List<Count>> assignCounts(List<Count> counts, List<Period> periods) {
    List<List<Count>> out = new ArrayList<>(periods.size());
    periods.forEach(p -> out.add(new ArrayList<>()));
    int i = 0;
    for (Count c : counts) {
      while (i < periods.size()
          && !c.at().isBefore(periods.get(i).end())
          && !periods.get(i).countsAt(c.at())) {
        i++;
      }
      if (i == periods.size()) {
        break;
      }
      if (periods.get(i).countsAt(c.at())) {
        out.get(i).add(c);
      } else if (i > 0) {
        throw new IllegalArgumentException(
            "count of run "
                + c.run()
                + " at "
                + c.at()
                + " falls between periods; production outside planned operation needs a"
                + " period of its own");
      }
    }
    return out;
  }

  /**
   * The spans (sorted, not overlapping, so ordered by end as by start) that may touch a period,
   * found by binary search so that a year of facts splits in time linear in its size.
   */
  private static <T> List<T> near(List<T> sorted, Function<T, Interval> span, Period p) {
    int lo = 0, hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (span.apply(sorted.get(mid)).end().isBefore(p.start())) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < sorted.size() && !span.apply(sorted.get(end)).start().isAfter(p.end())) {
      end++;
    }
    return sorted.subList(lo, end);
  }

  /**
   * The part of a span inside a period. A zero-length span belongs to the period holding its
   * instant in [start, end), so an instantaneous stop is still counted once.
   */
  static Optional<Interval> clip(Interval span, Period p) {
    Instant s = max(span.start(), p.start());
    Instant e = min(span.end(), p.end());
    if (s.isBefore(e)) {
      return Optional.of(new Interval(s, e));
    }
    boolean instant = span.start().equals(span.end());
    boolean inside = !span.start().isBefore(p.start()) && span.start().isBefore(p.end());
    return instant && inside ? Optional.of(span) : Optional.empty();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
