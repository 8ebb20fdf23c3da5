package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import io.tally.plant.model.StopReason.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * Classifies every instant of a period into exactly one time element, so the elements add up to POT
 * with no gap and no double count. Precedence, first match wins: planned downtime (the calendar's
 * maintenance windows) -> PDOT; setup stop -> ASUT; unplanned stop, or a stop coded planned outside
 * any planned downtime -> ADET; a run on -> APT; else ADOT. Planned downtime wins over a run that
 * kept going through it, because PBT is what was planned. A stop an operator codes as planned when
 * nothing was planned does not shrink PBT: it counts as unplanned and is listed by {@link
 * #unplannedPlannedStops} for review.
 */
public final class TimeModel {
  private TimeModel() {}

  public static TimeElements of(PeriodRecord r) {
    Period p = r.period();
    List<Interval> planned = p.plannedDowntime();
    List<Interval> runs = r.runs().stream().map(Run::span).toList();
    TreeSet<Instant> cuts = new TreeSet<>();
    cuts.add(p.start());
    cuts.add(p.end());
    planned.forEach(i -> addCuts(cuts, i));
    runs.forEach(i -> addCuts(cuts, i));
    r.stops().forEach(s -> addCuts(cuts, s.span()));

    Duration pdot = Duration.ZERO, apt = Duration.ZERO, asut = Duration.ZERO;
    Duration adet = Duration.ZERO, adot = Duration.ZERO;
    Instant from = null;
    for (Instant to : cuts) {
      if (from != null) {
        Duration piece = Duration.between(from, to);
        // All boundaries are cuts, so what holds at a piece's start holds throughout it.
        Category stop = stopAt(r.stops(), from);
        if (covers(planned, from)) {
          pdot = pdot.plus(piece);
        } else if (stop == Category.SETUP) {
          asut = asut.plus(piece);
        } else if (stop == Category.UNPLANNED || stop == Category.PLANNED) {
          adet = adet.plus(piece);
        } else if (covers(runs, from)) {
          apt = apt.plus(piece);
        } else {
          adot = adot.plus(piece);
        }
      }
      from = to;
    }

    Duration aoet = runs.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    long gq = 0, sq = 0, rq = 0, gqAtLine = 0, samples = 0, concession = 0;
    double plannedRuntime = 0;
    for (Count c : r.counts()) {
      Disposition q = c.quality();
      gqAtLine += c.good();
      gq += c.good() - q.outOfGood();
      sq += c.scrap() + q.scrapped() + q.reworkScrapped();
      rq += c.rework() + q.reworked() - q.reworkScrapped();
      samples += q.samples();
      concession += q.concession();
      plannedRuntime += c.plannedRuntimeSeconds();
    }
    long failures = r.stops().stream().filter(Stop::isFailureEvent).count();
    return new TimeElements(
        p.plannedOperationTime(),
        pdot,
        apt,
        asut,
        adet,
        adot,
        aoet,
        gq,
        sq,
        rq,
        plannedRuntime,
        failures,
        gqAtLine,
        samples,
        concession);
  }

  /**
   * The stops coded planned that lie, wholly or in part, outside the period's planned downtime:
   * counted as unplanned (ADET) and to be reviewed (a plan missing from the calendar, or a miscoded
   * stop).
   */
  public static List<Stop> unplannedPlannedStops(PeriodRecord r) {
    List<Interval> planned = r.period().plannedDowntime();
    return r.stops().stream()
        .filter(s -> s.category() == Category.PLANNED)
        .filter(s -> !s.span().length().isZero())
        .filter(s -> planned.stream().noneMatch(p -> within(p, s.span())))
        .toList();
  }

  private static boolean within(Interval outer, Interval inner) {
    return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
  }

  private static void addCuts(TreeSet<Instant> cuts, Interval i) {
    cuts.add(i.start());
    cuts.add(i.end());
  }

  private static Category stopAt(List<Stop> stops, Instant t) {
    for (Stop s : stops) {
      if (contains(s.span(), t)) {
        return s.category();
      }
    }
    return null;
  }

  private static boolean covers(List<Interval> intervals, Instant t) {
    return intervals.stream().anyMatch(i -> contains(i, t));
  }

  private static boolean contains(Interval i, Instant t) {
    return !t.isBefore(i.start()) && t.isBefore(i.end());
  }
}
