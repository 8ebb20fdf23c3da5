package io.tally.traceability;

import io.tally.periods.PeriodStatement.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Movements of one kind of subject (products, components, stores) over a month: what an entry
 * recorded before the month changes goes into the opening, what one recorded in it into its column.
 */
final class PeriodFlows {
  static final int OPENING = 0, IN = 1, MOVED_IN = 2, MOVED_OUT = 3, SHIPPED = 4, CONSUMED = 5;
  static final int TESTED = 6, DESTROYED = 7, ADJUSTED = 8, COLUMNS = 9;

  private final String kind;
  private final Map<String, long[]> subjects = new TreeMap<>();
  private boolean inPeriod;

  PeriodFlows(String kind) {
    this.kind = kind;
  }

  /** From now on, entries are the month's own. */
  void periodStarts() {
    inPeriod = true;
  }

  /** Books {@code quantity} (may be negative) in a column for a subject. */
  void add(String subject, int column, long quantity) {
    if (quantity == 0) {
      return;
    }
    long[] f = subjects.computeIfAbsent(subject, k -> new long[COLUMNS]);
    if (inPeriod) {
      f[column] += quantity;
    } else {
      f[OPENING] += column == IN || column == MOVED_IN ? quantity : -quantity;
    }
  }

  /** Every subject that had stock or movement, with its closing. */
  List<Line> lines() {
    List<Line> out = new ArrayList<>();
    subjects.forEach(
        (s, f) -> {
          long closing =
              f[OPENING]
                  + f[IN]
                  + f[MOVED_IN]
                  - f[MOVED_OUT]
                  - f[SHIPPED]
                  - f[CONSUMED]
                  - f[TESTED]
                  - f[DESTROYED]
                  - f[ADJUSTED];
          boolean moved = false;
          for (int i = 1; i < COLUMNS; i++) {
            moved |= f[i] != 0;
          }
          if (moved || f[OPENING] != 0) {
            out.add(
                new Line(
                    kind,
                    s,
                    f[OPENING],
                    f[IN],
                    f[MOVED_IN],
                    f[MOVED_OUT],
                    f[SHIPPED],
                    f[CONSUMED],
                    f[TESTED],
                    f[DESTROYED],
                    f[ADJUSTED],
                    closing));
          }
        });
    return out;
  }
}
