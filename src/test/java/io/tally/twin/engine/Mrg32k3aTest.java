package io.tally.twin.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Mrg32k3aTest {
  private static final long[] SSJ_DEFAULT = {12345, 12345, 12345, 12345, 12345, 12345};

  @Test
  void seed12345GivesTheReferenceOutputs() {
    Mrg32k3a rng = Mrg32k3a.of(SSJ_DEFAULT);
    double[] expected = {
      0.127011122046577, 0.318527565396795, 0.309186015583270, 0.825846862927114, 0.221629915782023
    };
    for (double e : expected) {
      assertThat(rng.nextDouble()).isCloseTo(e, within(1e-15));
    }
  }

  @Test
  void secondStreamStartsWhereSsjsDoes() {
    assertThat(Mrg32k3a.stream(SSJ_DEFAULT, 1).nextDouble())
        .isCloseTo(0.759581862248720, within(1e-15));
  }

  @Test
  void streamZeroIsTheSeedItself() {
    assertThat(Mrg32k3a.stream(SSJ_DEFAULT, 0).nextDouble())
        .isEqualTo(Mrg32k3a.of(SSJ_DEFAULT).nextDouble());
  }

  @Test
  void jumpingTwiceByOneStreamEqualsJumpingByTwo() {
    long[] one = Mrg32k3a.stream(SSJ_DEFAULT, 1).state();
    assertThat(Mrg32k3a.stream(one, 1).state()).isEqualTo(Mrg32k3a.stream(SSJ_DEFAULT, 2).state());
    assertThat(Mrg32k3a.stream(SSJ_DEFAULT, 5).substream(3).state())
        .isEqualTo(Mrg32k3a.stream(SSJ_DEFAULT, 5).substream(1).substream(2).state());
  }

  @Test
  void substreamsDiffer() {
    Mrg32k3a s = Mrg32k3a.stream(SSJ_DEFAULT, 0);
    assertThat(s.substream(1).nextDouble()).isNotEqualTo(s.substream(2).nextDouble());
  }

  @Test
  void seedOfMapsOneNumberToSixEqualValidComponents() {
    assertThat(Mrg32k3a.seedOf(12345)).containsOnly(12345L);
    assertThat(Mrg32k3a.of(Mrg32k3a.seedOf(0)).nextDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void refusesAnAllZeroSeed() {
    assertThatThrownBy(() -> Mrg32k3a.of(0, 0, 0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all zero");
  }
}
