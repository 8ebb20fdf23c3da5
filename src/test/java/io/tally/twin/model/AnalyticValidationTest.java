package io.tally.twin.model;

import static io.tally.twin.model.TwinFixtures.ROUND_THE_CLOCK;
import static io.tally.twin.model.TwinFixtures.hours;
import static io.tally.twin.model.TwinFixtures.per;
import static io.tally.twin.model.TwinFixtures.replicate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tally.twin.engine.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analytic vectors of the project reference notes (twin-validation.md): each result the
 * simulation must reproduce within its 95 % confidence interval.
 */
class AnalyticValidationTest {
  private static final double MTBF = 6;
  private static final double MTTR = 40 / 60.0;
  private static final double YEAR = 8760;

  @Test
  void availabilityIsMtbfOverMtbfPlusMttr() {
    List<ReplicationResult> runs =
        replicate(TwinFixtures.lines(1, ROUND_THE_CLOCK, MTBF, MTTR, 0), 100, 2);
    Summary a = per(runs, r -> 1 - hours(r, 0, TimeState.DOWN) / YEAR);
    assertThat(MTBF / (MTBF + MTTR)).isCloseTo(0.9, within(1e-12));
    assertThat(a.ci95()[0]).isLessThanOrEqualTo(0.9);
    assertThat(a.ci95()[1]).isGreaterThanOrEqualTo(0.9);
    assertThat(a.halfWidth95()).isLessThan(0.001);
  }

  @Test
  void sharedCrewOfOneMatchesTheMachineRepairModel() {
    List<ReplicationResult> runs =
        replicate(TwinFixtures.lines(4, ROUND_THE_CLOCK, MTBF, MTTR, 1), 100, 2);
    Summary down = per(runs, r -> linesDown(r, 4));
    Summary availability = per(runs, r -> 1 - linesDown(r, 4) / 4);
    assertThat(repairModel(4, 1)).isCloseTo(0.868931, within(1e-6));
    assertThat(4 * (1 - repairModel(4, 1))).isCloseTo(0.524277, within(1e-6));
    assertWithinCi(down, 0.524277);
    assertWithinCi(availability, 0.868931);
  }

  @Test
  void sharedCrewOfTwoMatchesTheMachineRepairModel() {
    List<ReplicationResult> runs =
        replicate(TwinFixtures.lines(4, ROUND_THE_CLOCK, MTBF, MTTR, 2), 100, 2);
    assertThat(repairModel(4, 2)).isCloseTo(0.898653, within(1e-6));
    assertWithinCi(per(runs, r -> 1 - linesDown(r, 4) / 4), 0.898653);
  }

  @Test
  void uptimeOverAYearFollowsTakacs() {
    List<ReplicationResult> runs =
        replicate(TwinFixtures.lines(1, ROUND_THE_CLOCK, MTBF, MTTR, 0), 2000, 2);
    Summary up = per(runs, r -> YEAR - hours(r, 0, TimeState.DOWN));
    double mean = YEAR * MTBF / (MTBF + MTTR);
    double sd = Math.sqrt(YEAR * (MTBF * MTBF * MTTR * MTTR * 2) / Math.pow(MTBF + MTTR, 3));
    double p = 1 - normalCdf((0.905 * YEAR - mean) / sd);
    assertThat(mean).isCloseTo(7884, within(1e-9));
    assertThat(sd).isCloseTo(30.76, within(0.005));
    assertThat(p).isCloseTo(0.077, within(0.001));
    assertWithinCi(up, mean);
    double sdMargin = 1.96 / Math.sqrt(2.0 * (runs.size() - 1));
    assertThat(sd).isBetween(up.sd() * (1 - sdMargin), up.sd() * (1 + sdMargin));
    double observed = up.fractionAtLeast(0.905 * YEAR);
    double pMargin = 1.96 * Math.sqrt(p * (1 - p) / runs.size());
    assertThat(observed).isBetween(p - pMargin, p + pMargin);
  }

  /** Mean number of lines down over the year: waiting for the crew counts as down. */
  private static double linesDown(ReplicationResult r, int lines) {
    double h = 0;
    for (int i = 0; i < lines; i++) {
      h += hours(r, i, TimeState.DOWN);
    }
    return h / YEAR;
  }

  /** Availability of one of n machines with r repairers (M/M/R//N), from its stationary law. */
  private static double repairModel(int n, int crew) {
    double ratio = (1 / MTBF) / (1 / MTTR);
    double[] weights = new double[n + 1];
    double total = 0;
    for (int k = 0; k <= n; k++) {
      double w = 1;
      for (int j = 0; j < k; j++) {
        w *= (n - j) * ratio / Math.min(j + 1, crew);
      }
      weights[k] = w;
      total += w;
    }
    double down = 0;
    for (int k = 0; k <= n; k++) {
      down += k * weights[k] / total;
    }
    return 1 - down / n;
  }

  /** Standard normal CDF (Zelen and Severo 26.2.17, error below 7.5e-8). */
  private static double normalCdf(double z) {
    double t = 1 / (1 + 0.2316419 * Math.abs(z));
    double poly =
        t
            * (0.319381530
                + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    double tail = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    return z >= 0 ? 1 - tail : tail;
  }

  static void assertWithinCi(Summary s, double expected) {
    assertThat(expected)
        .as("expected value inside the 95 %% CI [%f, %f]", s.ci95()[0], s.ci95()[1])
        .isBetween(s.ci95()[0], s.ci95()[1]);
  }
}
