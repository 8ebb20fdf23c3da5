package io.tally.twin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloDeterminismTest {
  @Test
  void resultsAreBitIdenticalOnOneAndTwoThreads() {
    List<ReplicationResult> one = TwinFixtures.replicate(TwinFixtures.anchor(), 40, 1);
    List<ReplicationResult> two = TwinFixtures.replicate(TwinFixtures.anchor(), 40, 2);
    for (int i = 0; i < one.size(); i++) {
      assertThat(two.get(i).good()).isEqualTo(one.get(i).good());
      assertThat(two.get(i).hours()).isDeepEqualTo(one.get(i).hours());
      assertThat(two.get(i).events()).isEqualTo(one.get(i).events());
    }
  }

  @Test
  void forecastsWithTheSameSeedAreEqualAndADifferentSeedDiffers() {
    Forecast a =
        Twin.forecast(TwinFixtures.anchor(), Scenario.BASELINE, settings(1, 12345), d -> {});
    Forecast b =
        Twin.forecast(TwinFixtures.anchor(), Scenario.BASELINE, settings(2, 12345), d -> {});
    Forecast c = Twin.forecast(TwinFixtures.anchor(), Scenario.BASELINE, settings(2, 999), d -> {});
    assertThat(b.mean()).isEqualTo(a.mean());
    assertThat(b.quantiles()).isEqualTo(a.quantiles());
    assertThat(b.lines()).usingRecursiveComparison().isEqualTo(a.lines());
    assertThat(c.mean()).isNotEqualTo(a.mean());
  }

  @Test
  void uncertainMtbfAndMttrWidenTheSpreadAndStayReproducible() {
    Settings fixed = new Settings(TwinFixtures.MONDAY, 1, 60, 12345, 2, 0, null);
    Settings uncertain1 = new Settings(TwinFixtures.MONDAY, 1, 60, 12345, 1, 0.3, null);
    Settings uncertain2 = new Settings(TwinFixtures.MONDAY, 1, 60, 12345, 2, 0.3, null);
    Forecast f = Twin.forecast(TwinFixtures.anchor(), Scenario.BASELINE, fixed, d -> {});
    Forecast u1 = Twin.forecast(TwinFixtures.anchor(), Scenario.BASELINE, uncertain1, d -> {});
    Forecast u2 = Twin.forecast(TwinFixtures.anchor(), Scenario.BASELINE, uncertain2, d -> {});
    assertThat(u1.sd()).isGreaterThan(2 * f.sd());
    assertThat(u2.mean()).isEqualTo(u1.mean());
    assertThat(u2.sd()).isEqualTo(u1.sd());
  }

  private static Settings settings(int threads, long seed) {
    return new Settings(TwinFixtures.MONDAY, 1, 30, seed, threads, 0, null);
  }
}
