package io.tally.analytics.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * Spreads quality's decisions about a lot over the counts that made its units, so that they reach
 * the shift and day the units were made, not the day of the decision. Each kind's quantity is
 * shared pro rata to the good units of each count (largest share by cumulative rounding, so the
 * shares are whole and add up exactly); a count never loses more good units than it made
 * (dispositions taken in the order samples, scrap, rework).
 */
public final class LotDispositions {
  private LotDispositions() {}

  /** Totals of one lot's decisions, by kind. */
  public record Totals(
      long scrapped, long reworked, long samples, long concession, long reworkScrapped) {}

  /**
   * One disposition per count of the lot, in the order given.
   *
   * @param good the good units of each count of the lot (negative corrections count as 0)
   */
  public static List<Disposition> spread(List<Long> good, Totals t) {
    long total = 0;
    for (long g : good) {
      total += Math.max(0, g);
    }
    List<Disposition> out = new ArrayList<>(good.size());
    long before = 0;
    for (long g : good) {
      long made = Math.max(0, g);
      long after = before + made;
      long samples = share(t.samples(), before, after, total);
      long scrapped = Math.min(share(t.scrapped(), before, after, total), made - samples);
      long reworked =
          Math.min(share(t.reworked(), before, after, total), made - samples - scrapped);
      long concession = Math.min(share(t.concession(), before, after, total), made);
      long reworkScrapped = Math.min(share(t.reworkScrapped(), before, after, total), reworked);
      out.add(new Disposition(scrapped, reworked, samples, concession, reworkScrapped));
      before = after;
    }
    return out;
  }

  /** The part of q that falls on units (before, after] of total, by cumulative rounding. */
  private static long share(long q, long before, long after, long total) {
    if (total == 0 || q == 0) {
      return 0;
    }
    long capped = Math.min(q, total);
    return Math.floorDiv(Math.multiplyExact(capped, after), total)
        - Math.floorDiv(Math.multiplyExact(capped, before), total);
  }
}
