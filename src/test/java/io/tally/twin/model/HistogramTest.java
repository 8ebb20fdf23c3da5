package io.tally.twin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistogramTest {
  @Test
  void everyValueFallsInOneBinAndTheLargestInTheLast() {
    double[] values = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    Histogram h = Histogram.of(values);
    assertThat(h.counts()).hasSize(5);
    assertThat(h.from()).isEqualTo(10);
    assertThat(h.width()).isEqualTo(2);
    assertThat(h.counts()).containsExactly(2, 2, 2, 2, 3);
    assertThat(h.total()).isEqualTo(11);
  }

  @Test
  void binsGrowWithTheSquareRootOfTheCountUpToForty() {
    assertThat(Histogram.of(ramp(100)).counts()).hasSize(10);
    assertThat(Histogram.of(ramp(10_000)).counts()).hasSize(40);
    assertThat(Histogram.of(ramp(10_000)).total()).isEqualTo(10_000);
  }

  @Test
  void equalValuesMakeOneBin() {
    Histogram h = Histogram.of(new double[] {7, 7, 7});
    assertThat(h.counts()).containsExactly(3);
    assertThat(h.from()).isEqualTo(7);
  }

  @Test
  void noValuesAndNoWidthAreRefused() {
    assertThatThrownBy(() -> Histogram.of(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Histogram(0, 0, new long[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double[] ramp(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    return v;
  }
}
