package io.tally.twin.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariatesTest {
  private static final int N = 200_000;

  @ParameterizedTest(name = "Binomial({0}, {1})")
  @CsvSource({"1500, 0.02", "100000, 0.005", "40, 0.7"})
  void binomialHasMeanNpAndVarianceNpq(long n, double p) {
    Mrg32k3a rng = Mrg32k3a.of(Mrg32k3a.seedOf(11));
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = Variates.binomial(rng, n, p);
    }
    Summary s = Summary.of(x);
    double sd = Math.sqrt(n * p * (1 - p));
    assertThat(s.mean()).isCloseTo(n * p, within(4 * sd / Math.sqrt(N)));
    assertThat(s.sd()).isCloseTo(sd, within(4 * sd / Math.sqrt(2.0 * N)));
  }

  @ParameterizedTest(name = "table Binomial({0}, {1})")
  @CsvSource({"1500, 0.02", "100000, 0.005", "40, 0.7", "10, 0"})
  void tabulatedBinomialHasMeanNpAndVarianceNpq(long n, double p) {
    Mrg32k3a rng = Mrg32k3a.of(Mrg32k3a.seedOf(13));
    BinomialTable table = new BinomialTable(n, p);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = table.sample(rng);
    }
    Summary s = Summary.of(x);
    double sd = Math.sqrt(n * p * (1 - p));
    assertThat(s.mean()).isCloseTo(n * p, within(4 * sd / Math.sqrt(N) + 1e-12));
    assertThat(s.sd()).isCloseTo(sd, within(4 * sd / Math.sqrt(2.0 * N) + 1e-12));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"exponential, 1", "lognormal, 0.8", "weibull, 1.7"})
  void failureDistributionsHaveTheRequestedMean(String kind, double shape) {
    Mrg32k3a rng = Mrg32k3a.of(Mrg32k3a.seedOf(5));
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] =
          switch (kind) {
            case "exponential" -> Variates.exponential(rng, 6);
            case "lognormal" -> Variates.lognormal(rng, 6, shape);
            default -> Variates.weibull(rng, 6, shape);
          };
    }
    Summary s = Summary.of(x);
    assertThat(s.mean()).isCloseTo(6, within(4 * s.sd() / Math.sqrt(N)));
  }
}
