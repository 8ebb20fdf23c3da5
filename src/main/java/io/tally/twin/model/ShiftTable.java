package io.tally.twin.model;

import io.tally.plant.model.Interval;
import io.tally.plant.model.LineId;
import io.tally.plant.model.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A line's calendar over the horizon, precomputed as segments in hours from the start, each
 * working, off shift or in planned maintenance, so that the next calendar boundary is an array
 * look-up. Touching shifts are merged: the line sees no boundary between back-to-back shifts.
 */
final class ShiftTable {
  static final byte WORK = 0;
  static final byte OFF = 1;
  static final byte MAINTENANCE = 2;

  /** bounds[i] is where segment i starts; bounds[length - 1] is +infinity. */
  final double[] bounds;

  final byte[] kinds;

  private ShiftTable(double[] bounds, byte[] kinds) {
    this.bounds = bounds;
    this.kinds = kinds;
  }

  /**
   * The table of a line on a calendar from a start over a horizon; the line works only from {@code
   * activeFrom} hours on (off shift before).
   */
  static ShiftTable of(
      WorkCalendar calendar,
      LineId line,
      LocalDateTime start,
      double horizonHours,
      double activeFrom) {
    var from = start.toLocalDate().minusDays(1);
    var to = start.plusMinutes((long) Math.ceil(horizonHours * 60)).toLocalDate().plusDays(2);
    // Hours are elapsed hours from the start in the calendar's (the site's) zone.
    Instant origin = calendar.instant(start);
    double[][] shifts = hours(calendar.shiftIntervals(from, to), origin);
    double[][] work = hours(calendar.workingIntervals(line, from, to), origin);
    TreeSet<Double> points = new TreeSet<>();
    points.add(0.0);
    if (activeFrom > 0) {
      points.add(activeFrom);
    }
    for (double[][] list : new double[][][] {shifts, work}) {
      for (double[] iv : list) {
        for (double p : iv) {
          if (p > 0) {
            points.add(p);
          }
        }
      }
    }
    List<Double> b = new ArrayList<>();
    List<Byte> k = new ArrayList<>();
    for (double p : points) {
      byte kind =
          p < activeFrom ? OFF : contains(work, p) ? WORK : contains(shifts, p) ? MAINTENANCE : OFF;
      if (k.isEmpty() || k.get(k.size() - 1) != kind) {
        b.add(p);
        k.add(kind);
      }
    }
    double[] bounds = new double[b.size() + 1];
    byte[] kinds = new byte[k.size()];
    for (int i = 0; i < kinds.length; i++) {
      bounds[i] = b.get(i);
      kinds[i] = k.get(i);
    }
    bounds[kinds.length] = Double.POSITIVE_INFINITY;
    return new ShiftTable(bounds, kinds);
  }

  /** Hours of working time in [0, horizon). */
  double workingHours(double horizon) {
    double sum = 0;
    for (int i = 0; i < kinds.length && bounds[i] < horizon; i++) {
      if (kinds[i] == WORK) {
        sum += Math.min(bounds[i + 1], horizon) - bounds[i];
      }
    }
    return sum;
  }

  /** The segment that contains time t. */
  int segmentAt(double t) {
    int i = Arrays.binarySearch(bounds, 0, kinds.length, t);
    return i >= 0 ? i : -i - 2;
  }

  /** Sorted, merged [start, end) pairs in hours from the start. */
  private static double[][] hours(List<Interval> intervals, Instant start) {
    List<double[]> out = new ArrayList<>();
    List<Interval> sorted = new ArrayList<>(intervals);
    sorted.sort((a, b) -> a.start().compareTo(b.start()));
    for (Interval iv : sorted) {
      double s = Duration.between(start, iv.start()).toSeconds() / 3600.0;
      double e = Duration.between(start, iv.end()).toSeconds() / 3600.0;
      if (e <= s) {
        continue;
      }
      if (!out.isEmpty() && s <= out.get(out.size() - 1)[1]) {
        double[] last = out.get(out.size() - 1);
        last[1] = Math.max(last[1], e);
      } else {
        out.add(new double[] {s, e});
      }
    }
    return out.toArray(new double[0][]);
  }

  private static boolean contains(double[][] intervals, double t) {
    int lo = 0;
    int hi = intervals.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (intervals[mid][1] <= t) {
        lo = mid + 1;
      } else if (intervals[mid][0] > t) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
