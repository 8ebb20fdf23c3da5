package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Output outside planned time: what a line made in a window outside every period (overtime). Its
 * time element is the overtime production time, a run on and no stop, outside every period; its
 * quantity the units counted outside every period. Neither enters POT or the KPIs; both are shown
 * beside them, in the bucket of the instant they happened.
 */
public final class Overtime {
  private Overtime() {}

  /** One piece of overtime: production time from {@code at}, or units counted at {@code at}. */
  public record Piece(Instant at, Duration production, long units) {}

  /**
   * The overtime pieces of one line's facts in a window, as of an instant (a run or stop still open
   * is taken to end then).
   */
  public static List<Piece> of(
      List<LineFact> facts, List<Period> periods, Interval window, Instant asOf) {
    Episodes e = Episodes.of(facts, asOf);
    List<Piece> out = new ArrayList<>();
    // In start order, the period that holds a count is nearly always the last one started before
    // it, found by binary search (a year has some 500 periods and 16 000 counts); only a count that
    // one does not hold (overtime, or periods of two plant-file versions overlapping) is checked
    // against every period.
    List<Period> byStart = new ArrayList<>(periods);
    byStart.sort(java.util.Comparator.comparing(Period::start));
    for (Count c : e.counts()) {
      boolean planned =
          holds(byStart, c.at()) || periods.stream().anyMatch(p -> p.countsAt(c.at()));
      if (!planned && c.at().isAfter(window.start()) && !c.at().isAfter(window.end())) {
        out.add(new Piece(c.at(), Duration.ZERO, c.produced()));
      }
    }
    for (Run r : e.runs()) {
      TreeSet<Instant> cuts = new TreeSet<>();
      Instant s = max(r.span().start(), window.start());
      Instant t = min(r.span().end(), window.end());
      if (!s.isBefore(t)) {
        continue;
      }
      cuts.add(s);
      cuts.add(t);
      // Only the periods and stops that overlap [s, t) can cut it or hold an instant of it.
      List<Interval> near = new ArrayList<>();
      for (Period p : periods) {
        if (p.start().isBefore(t) && p.end().isAfter(s)) {
          near.add(p.span());
        }
      }
      for (Stop st : e.stops()) {
        if (st.span().start().isBefore(t) && st.span().end().isAfter(s)) {
          near.add(st.span());
        }
      }
      for (Interval i : near) {
        addInside(cuts, i, s, t);
      }
      Instant from = null;
      Instant pieceStart = null;
      Duration length = Duration.ZERO;
      for (Instant to : cuts) {
        if (from != null) {
          Instant at = from;
          boolean off = near.stream().noneMatch(i -> contains(i, at));
          if (off) {
            if (pieceStart == null) {
              pieceStart = from;
            }
            length = length.plus(Duration.between(from, to));
          } else if (pieceStart != null) {
            out.add(new Piece(pieceStart, length, 0));
            pieceStart = null;
            length = Duration.ZERO;
          }
        }
        from = to;
      }
      if (pieceStart != null) {
        out.add(new Piece(pieceStart, length, 0));
      }
    }
    return out;
  }

  /** Whether the last period (sorted by start) started before this instant counts output then. */
  private static boolean holds(List<Period> byStart, Instant at) {
    int lo = 0, hi = byStart.size() - 1, last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (byStart.get(mid).start().isBefore(at)) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && byStart.get(last).countsAt(at);
  }

  private static void addInside(TreeSet<Instant> cuts, Interval i, Instant s, Instant t) {
    for (Instant x : new Instant[] {i.start(), i.end()}) {
      if (x.isAfter(s) && x.isBefore(t)) {
        cuts.add(x);
      }
    }
  }

  private static boolean contains(Interval i, Instant t) {
    return !t.isBefore(i.start()) && t.isBefore(i.end());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
