package io.tally.analytics.kpi;

import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rolls period records up per shift, day, week or month. Time elements and quantities are summed
 * first and every ratio is taken from the sums: an average of shift ratios would weigh a short
 * shift like a long one. Records of several lines in one bucket add up to the plant's figures.
 */
public final class Rollup {
  private Rollup() {}

  /** The summed time elements per bucket label, in time order. */
  public static SortedMap<String, TimeElements> elements(
      Collection<PeriodRecord> records, Granularity granularity) {
    SortedMap<String, TimeElements> out = new TreeMap<>();
    for (PeriodRecord r : records) {
      out.merge(granularity.label(r.period().localStart()), TimeModel.of(r), TimeElements::plus);
    }
    return out;
  }

  /** The KPIs per bucket label, each computed from the bucket's summed elements. */
  public static SortedMap<String, Kpis> kpis(
      Collection<PeriodRecord> records, Granularity granularity) {
    SortedMap<String, Kpis> out = new TreeMap<>();
    elements(records, granularity).forEach((label, t) -> out.put(label, Kpis.of(t)));
    return out;
  }
}
