package io.tally.analytics.kpi;

import io.tally.plant.model.StopReason.Category;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stop reasons ranked by lost time, most first (ties: more stops first, then by code), with each
 * reason's share of all stop time and the running total of shares. A stop split across periods adds
 * all its parts' time but counts once.
 */
public final class StopPareto {
  private StopPareto() {}

  /** One reason's line of the Pareto; shares are 0 when no stop took any time. */
  public record Entry(
      ReasonCode reason,
      Category category,
      Duration duration,
      long stops,
      double share,
      double cumulativeShare) {}

  public static List<Entry> of(Collection<PeriodRecord> records) {
    Map<ReasonCode, Duration> time = new LinkedHashMap<>();
    Map<ReasonCode, Long> count = new LinkedHashMap<>();
    Map<ReasonCode, Category> category = new LinkedHashMap<>();
    for (PeriodRecord r : records) {
      for (Stop s : r.stops()) {
        time.merge(s.reason(), s.span().length(), Duration::plus);
        count.merge(s.reason(), s.continued() ? 0L : 1L, Long::sum);
        category.putIfAbsent(s.reason(), s.category());
      }
    }
    List<ReasonCode> ranked = new ArrayList<>(time.keySet());
    ranked.sort(
        Comparator.comparing((ReasonCode c) -> time.get(c))
            .reversed()
            .thenComparing(c -> count.get(c), Comparator.reverseOrder())
            .thenComparing(Comparator.naturalOrder()));
    Duration total = time.values().stream().reduce(Duration.ZERO, Duration::plus);
    List<Entry> out = new ArrayList<>(ranked.size());
    Duration running = Duration.ZERO;
    for (ReasonCode c : ranked) {
      running = running.plus(time.get(c));
      out.add(
          new Entry(
              c,
              category.get(c),
              time.get(c),
              count.get(c),
              share(time.get(c), total),
              share(running, total)));
    }
    return out;
  }

  private static double share(Duration part, Duration total) {
    return total.isZero() ? 0 : Kpis.hours(part) / Kpis.hours(total);
  }
}
