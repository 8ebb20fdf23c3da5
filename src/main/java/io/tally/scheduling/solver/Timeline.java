package io.tally.scheduling.solver;

import java.util.Arrays;

/**
 * Maps working time of one line (minutes of work since the plan origin) onto calendar time (minutes
 * since the plan origin). Work only advances inside the working intervals; past the last interval
 * time runs continuously, which a plan never reaches because the horizon is sized to the work.
 */
final class Timeline {
  private final long[] calStart;
  private final long[] cumWork;
  private final long[] length;
  private final boolean always;

  /** Intervals as sorted, disjoint [start, end) pairs in calendar minutes. */
  Timeline(long[] starts, long[] ends) {
    if (starts.length != ends.length) {
      throw new IllegalArgumentException("starts and ends differ in length");
    }
    always = starts.length == 1 && starts[0] == 0 && ends[0] == Long.MAX_VALUE / 4;
    calStart = starts.clone();
    length = new long[starts.length];
    cumWork = new long[starts.length];
    long cum = 0;
    for (int i = 0; i < starts.length; i++) {
      length[i] = ends[i] - starts[i];
      if (length[i] <= 0 || (i > 0 && starts[i] < ends[i - 1])) {
        throw new IllegalArgumentException("working intervals must be sorted and non-empty");
      }
      cumWork[i] = cum;
      cum += length[i];
    }
  }

  /** Time that always runs: working minute w is calendar minute w. */
  static Timeline continuous() {
    return new Timeline(new long[] {0}, new long[] {Long.MAX_VALUE / 4});
  }

  long totalWork() {
    int last = calStart.length - 1;
    return last < 0 ? 0 : cumWork[last] + length[last];
  }

  /** The calendar minute at which working minute {@code w} starts. */
  long startAt(long w) {
    if (always) {
      return w;
    }
    int i = find(w, false);
    return i < 0 ? beyond(w) : calStart[i] + (w - cumWork[i]);
  }

  /** The calendar minute at which {@code w} working minutes are complete. */
  long endAt(long w) {
    if (w <= 0 || always) {
      return Math.max(w, 0);
    }
    int i = find(w, true);
    return i < 0 ? beyond(w) : calStart[i] + (w - cumWork[i]);
  }

  /** Working minutes that lie before calendar minute {@code cal}. */
  long workBefore(long cal) {
    int i = Arrays.binarySearch(calStart, cal);
    if (i >= 0) {
      return cumWork[i];
    }
    int prev = -i - 2;
    if (prev < 0) {
      return 0;
    }
    return cumWork[prev] + Math.min(length[prev], cal - calStart[prev]);
  }

  private long beyond(long w) {
    int last = calStart.length - 1;
    return calStart[last] + length[last] + (w - totalWork());
  }

  /** The interval holding working minute w (as an end when {@code asEnd}), or -1 past the end. */
  private int find(long w, boolean asEnd) {
    int lo = 0;
    int hi = calStart.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      boolean startsBefore = asEnd ? cumWork[mid] < w : cumWork[mid] <= w;
      if (startsBefore) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found >= 0) {
      long inside = w - cumWork[found];
      if (asEnd ? inside <= length[found] : inside < length[found]) {
        return found;
      }
    }
    return -1;
  }
}
