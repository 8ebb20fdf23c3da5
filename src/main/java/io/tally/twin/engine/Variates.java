package io.tally.twin.engine;

/**
 * Random variates by inversion or by a fixed number of uniforms where possible, so that one draw
 * consumes a predictable part of its stream and common random numbers stay aligned.
 */
public final class Variates {
  private Variates() {}

  public static double uniform(Mrg32k3a rng, double low, double high) {
    return low + (high - low) * rng.nextDouble();
  }

  /** A whole number uniform in [0, n). */
  public static int uniformIndex(Mrg32k3a rng, int n) {
    return (int) (rng.nextDouble() * n);
  }

  public static double exponential(Mrg32k3a rng, double mean) {
    return -mean * Math.log(rng.nextDouble());
  }

  /** Standard normal by Box-Muller; two uniforms per draw (the partner value is not kept). */
  public static double normal(Mrg32k3a rng) {
    double r = Math.sqrt(-2 * Math.log(rng.nextDouble()));
    return r * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  /** Lognormal with the given mean and sigma of the underlying normal. */
  public static double lognormal(Mrg32k3a rng, double mean, double sigma) {
    return mean * Math.exp(sigma * normal(rng) - sigma * sigma / 2);
  }

  /** Weibull with the given mean and shape, by inversion. */
  public static double weibull(Mrg32k3a rng, double mean, double shape) {
    double scale = mean / SpecialFunctions.gamma(1 + 1 / shape);
    return scale * Math.pow(-Math.log(rng.nextDouble()), 1 / shape);
  }

  /**
   * Binomial(n, p), exact: inversion from 0 for a small mean, otherwise a search outwards from the
   * mode, so the cost grows with the standard deviation, not with n.
   */
  public static long binomial(Mrg32k3a rng, long n, double p) {
    if (p <= 0 || n == 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    if (p > 0.5) {
      return n - binomial(rng, n, 1 - p);
    }
    double u = rng.nextDouble();
    double q = 1 - p;
    double ratio = p / q;
    if (n * p < 30) {
      double pk = Math.pow(q, n);
      long k = 0;
      while (u > pk && k < n) {
        u -= pk;
        pk *= ratio * (n - k) / (k + 1);
        k++;
      }
      return k;
    }
    long mode = (long) Math.floor((n + 1) * p);
    double pm =
        Math.exp(
            SpecialFunctions.logFactorial(n)
                - SpecialFunctions.logFactorial(mode)
                - SpecialFunctions.logFactorial(n - mode)
                + mode * Math.log(p)
                + (n - mode) * Math.log(q));
    u -= pm;
    if (u <= 0) {
      return mode;
    }
    long down = mode;
    long up = mode;
    double pDown = pm;
    double pUp = pm;
    while (true) {
      if (up < n) {
        pUp *= ratio * (n - up) / (up + 1);
        up++;
        u -= pUp;
        if (u <= 0) {
          return up;
        }
      }
      if (down > 0) {
        pDown *= down / (ratio * (n - down + 1));
        down--;
        u -= pDown;
        if (u <= 0) {
          return down;
        }
      }
      if (up >= n && down <= 0) {
        return mode;
      }
    }
  }
}
