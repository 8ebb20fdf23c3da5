package io.tally.twin.engine;

/** The gamma function and log-factorial, to double precision for the arguments the twin uses. */
final class SpecialFunctions {
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };
  private static final double[] SMALL_LOG_FACTORIALS = new double[256];

  static {
    for (int i = 1; i < SMALL_LOG_FACTORIALS.length; i++) {
      SMALL_LOG_FACTORIALS[i] = SMALL_LOG_FACTORIALS[i - 1] + Math.log(i);
    }
  }

  private SpecialFunctions() {}

  /** Gamma(x) for x > 0 by the Lanczos approximation (g = 7). */
  static double gamma(double x) {
    if (x < 0.5) {
      return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * sum;
  }

  /** ln(n!) from a table below 256, Stirling's series above. */
  static double logFactorial(long n) {
    if (n < SMALL_LOG_FACTORIALS.length) {
      return SMALL_LOG_FACTORIALS[(int) n];
    }
    double x = n + 1.0;
    double inv = 1 / x;
    double inv2 = inv * inv;
    return (x - 0.5) * Math.log(x)
        - x
        + 0.5 * Math.log(2 * Math.PI)
        + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
  }
}
