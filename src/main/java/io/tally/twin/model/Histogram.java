package io.tally.twin.model;

import java.util.Arrays;

/**
 * Counts of annual outputs in equal bins: bin {@code i} holds the values in {@code [from + i *
 * width, from + (i + 1) * width)}, the last bin also its upper edge. It lets a page draw the spread
 * of a forecast without the outputs of every replication.
 */
public record Histogram(double from, double width, long[] counts) {
  static final int MAX_BINS = 40;

  public Histogram {
    if (!(width > 0) || counts.length == 0) {
      throw new IllegalArgumentException("a histogram needs a positive width and a bin");
    }
    counts = counts.clone();
  }

  /**
   * About the square root of the number of values in bins (5 to 40), spanning the smallest to the
   * largest value; all values equal make one bin of width 1.
   */
  public static Histogram of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to count");
    }
    double min = Arrays.stream(values).min().orElseThrow();
    double max = Arrays.stream(values).max().orElseThrow();
    if (max == min) {
      return new Histogram(min, 1, new long[] {values.length});
    }
    int bins = (int) Math.max(5, Math.min(MAX_BINS, Math.ceil(Math.sqrt(values.length))));
    double width = (max - min) / bins;
    long[] counts = new long[bins];
    for (double v : values) {
      counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
    }
    return new Histogram(min, width, counts);
  }

  @Override
  public long[] counts() {
    return counts.clone();
  }

  public long total() {
    return Arrays.stream(counts).sum();
  }
}
