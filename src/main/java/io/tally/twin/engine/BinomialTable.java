package io.tally.twin.engine;

/**
 * Binomial(n, p) for a fixed n and p drawn many times (scrap in lots of one size): the cumulative
 * distribution is tabulated once over the range holding all but 1e-17 of the mass, and each draw is
 * one uniform and a binary search, an exact inversion to double precision.
 */
public final class BinomialTable {
  private final long n;
  private final long first;
  private final double[] cdf;

  public BinomialTable(long n, double p) {
    if (n < 0 || !(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a binomial needs n >= 0 and p in [0, 1]");
    }
    this.n = n;
    if (p == 0 || p == 1 || n == 0) {
      first = p == 1 ? n : 0;
      cdf = new double[] {1};
      return;
    }
    double sd = Math.sqrt(n * p * (1 - p));
    long mode = Math.min(n, (long) Math.floor((n + 1) * p));
    long lo = Math.max(0, (long) Math.floor(mode - 40 * sd - 40));
    long hi = Math.min(n, (long) Math.ceil(mode + 40 * sd + 40));
    if (hi - lo > 5_000_000) {
      throw new IllegalArgumentException("binomial too wide to tabulate: n " + n + ", p " + p);
    }
    double[] pmf = new double[(int) (hi - lo + 1)];
    double logMode =
        SpecialFunctions.logFactorial(n)
            - SpecialFunctions.logFactorial(mode)
            - SpecialFunctions.logFactorial(n - mode)
            + mode * Math.log(p)
            + (n - mode) * Math.log1p(-p);
    int m = (int) (mode - lo);
    pmf[m] = Math.exp(logMode);
    double ratio = p / (1 - p);
    for (int i = m + 1; i < pmf.length; i++) {
      long k = lo + i - 1;
      pmf[i] = pmf[i - 1] * ratio * (n - k) / (k + 1);
    }
    for (int i = m - 1; i >= 0; i--) {
      long k = lo + i + 1;
      pmf[i] = pmf[i + 1] * k / (ratio * (n - k + 1));
    }
    double total = 0;
    for (double x : pmf) {
      total += x;
    }
    cdf = new double[pmf.length];
    double acc = 0;
    for (int i = 0; i < pmf.length; i++) {
      acc += pmf[i] / total;
      cdf[i] = acc;
    }
    cdf[cdf.length - 1] = 1;
    first = lo;
  }

  public long n() {
    return n;
  }

  /** One draw: the smallest k whose cumulative probability reaches a uniform. */
  public long sample(Mrg32k3a rng) {
    double u = rng.nextDouble();
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return first + lo;
  }
}
