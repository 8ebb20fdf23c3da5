package io.tally.analytics.kpi;

/**
 * What quality decided later about the units of one count, dated back to the count that made them:
 * {@code scrapped} after inspection (good to scrap), {@code reworked} (good to rework), {@code
 * samples} destroyed by testing (out of good, reported apart), {@code concession} released by
 * concession (still good, flagged), and {@code reworkScrapped}, reworked units scrapped after all
 * (rework to scrap; at most {@code reworked}).
 */
public record Disposition(
    long scrapped, long reworked, long samples, long concession, long reworkScrapped) {
  public static final Disposition NONE = new Disposition(0, 0, 0, 0, 0);

  public Disposition {
    if (scrapped < 0 || reworked < 0 || samples < 0 || concession < 0 || reworkScrapped < 0) {
      throw new IllegalArgumentException("quality dispositions must not be negative");
    }
    if (reworkScrapped > reworked) {
      throw new IllegalArgumentException(
          "reworked units scrapped (" + reworkScrapped + ") exceed the units reworked " + reworked);
    }
  }

  /** The units that leave good: scrapped, reworked and destroyed by testing. */
  public long outOfGood() {
    return scrapped + reworked + samples;
  }
}
