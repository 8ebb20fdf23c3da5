package io.tally.twin.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void meanSdAndConfidenceIntervalOfKnownValues() {
    Summary s = Summary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
    assertThat(s.mean()).isEqualTo(5.0);
    assertThat(s.sd()).isCloseTo(2.13809, within(1e-5));
    assertThat(s.halfWidth95()).isCloseTo(2.364624 * 2.13809 / Math.sqrt(8), within(1e-3));
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    Summary s = Summary.of(new double[] {10, 0, 30, 20});
    assertThat(s.quantile(0.5)).isEqualTo(15.0);
    assertThat(s.quantile(0.0)).isEqualTo(0.0);
    assertThat(s.quantile(1.0)).isEqualTo(30.0);
  }

  @Test
  void fractionAtLeastCountsTies() {
    Summary s = Summary.of(new double[] {1, 2, 2, 3});
    assertThat(s.fractionAtLeast(2)).isEqualTo(0.75);
    assertThat(s.fractionAtLeast(3.5)).isEqualTo(0.0);
  }

  @Test
  void studentQuantileMatchesTables() {
    assertThat(Summary.studentT975(9)).isCloseTo(2.262157, within(2e-4));
    assertThat(Summary.studentT975(29)).isCloseTo(2.045230, within(1e-5));
    assertThat(Summary.studentT975(999)).isCloseTo(1.962341, within(1e-6));
  }
}
