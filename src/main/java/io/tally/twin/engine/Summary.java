package io.tally.twin.engine;

import java.util.Arrays;

/**
 * Statistics of one output over replications: mean, standard deviation, a 95 % confidence interval
 * of the mean (Student t), quantiles and exceedance probabilities.
 */
public final class Summary {
  private final double[] sorted;
  private final double mean;
  private final double sd;

  private Summary(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to summarise");
    }
    sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    mean = sum / values.length;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    sd = values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0;
  }

  /** Summarises values; the order of the values does not change any result. */
  public static Summary of(double[] values) {
    return new Summary(values);
  }

  public int count() {
    return sorted.length;
  }

  public double mean() {
    return mean;
  }

  public double sd() {
    return sd;
  }

  /** Half width of the 95 % confidence interval of the mean; 0 with a single value. */
  public double halfWidth95() {
    int n = sorted.length;
    return n < 2 ? 0 : studentT975(n - 1) * sd / Math.sqrt(n);
  }

  public double[] ci95() {
    double h = halfWidth95();
    return new double[] {mean - h, mean + h};
  }

  /** The p-quantile, interpolated between order statistics (Hyndman and Fan type 7). */
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a quantile level is in [0, 1], got " + p);
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Share of values at or above a threshold. */
  public double fractionAtLeast(double threshold) {
    int i = Arrays.binarySearch(sorted, threshold);
    if (i < 0) {
      i = -i - 1;
    } else {
      while (i > 0 && sorted[i - 1] == threshold) {
        i--;
      }
    }
    return (sorted.length - i) / (double) sorted.length;
  }

  public double min() {
    return sorted[0];
  }

  public double max() {
    return sorted[sorted.length - 1];
  }

  /**
   * The 0.975 quantile of Student's t by the Cornish-Fisher expansion (Abramowitz and Stegun
   * 26.7.5), exact tabulated values for the smallest degrees of freedom where it is poor.
   */
  static double studentT975(int df) {
    double[] small = {12.7062, 4.3027, 3.1824, 2.7764};
    if (df <= small.length) {
      return small[df - 1];
    }
    double z = 1.959963984540054;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    double z9 = z7 * z * z;
    double v = df;
    return z
        + (z3 + z) / (4 * v)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
        + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v);
  }
}
