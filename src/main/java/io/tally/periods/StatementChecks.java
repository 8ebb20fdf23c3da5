package io.tally.periods;

import io.tally.periods.PeriodStatement.Difference;
import io.tally.periods.PeriodStatement.Line;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a month's statement is checked by, each adding a {@link Difference} where it fails: a
 * subject's lines add up, its opening is the closing the previous month was closed with, and a
 * closed month's frozen figures are still what the ledger gives.
 */
final class StatementChecks {
  private StatementChecks() {}

  /** Each line must add up: opening + in - out = closing. */
  static void balances(List<Difference> diffs, List<Line> lines) {
    for (Line l : lines) {
      if (!l.adds()) {
        diffs.add(
            new Difference(
                subject(l), "opening + in - out = closing", l.closing(), l.closing() + 1));
      }
    }
  }

  /** Each subject's opening must be the closing the previous month was closed with. */
  static void opening(List<Difference> diffs, List<Line> closed, List<Line> lines) {
    Map<String, Long> before = new HashMap<>();
    closed.forEach(l -> before.put(subject(l), l.closing()));
    Map<String, Long> now = new HashMap<>();
    lines.forEach(l -> now.put(subject(l), l.opening()));
    before.forEach(
        (s, c) -> {
          long o = now.getOrDefault(s, 0L);
          if (o != c) {
            diffs.add(new Difference(s, "opening = closing of the closed previous period", c, o));
          }
        });
    now.forEach(
        (s, o) -> {
          if (!before.containsKey(s) && o != 0) {
            diffs.add(new Difference(s, "opening = closing of the closed previous period", 0, o));
          }
        });
  }

  /** A closed month's frozen closing against the closing recomputed from the ledger now. */
  static void same(List<Difference> diffs, String how, List<Line> frozen, List<Line> now) {
    Map<String, Line> recomputed = new HashMap<>();
    now.forEach(l -> recomputed.put(subject(l), l));
    Map<String, Line> closed = new HashMap<>();
    frozen.forEach(l -> closed.put(subject(l), l));
    for (Line f : frozen) {
      Line n = recomputed.get(subject(f));
      if (n == null || !n.equals(f)) {
        diffs.add(
            new Difference(
                subject(f),
                "recomputed from the ledger = " + how,
                f.closing(),
                n == null ? 0 : n.closing()));
      }
    }
    for (Line n : now) {
      if (!closed.containsKey(subject(n))) {
        diffs.add(
            new Difference(subject(n), "recomputed from the ledger = " + how, 0, n.closing()));
      }
    }
  }

  static String subject(Line l) {
    return l.kind() + " " + l.subject();
  }
}
