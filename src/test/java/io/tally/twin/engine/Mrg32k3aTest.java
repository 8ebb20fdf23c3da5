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
  void divisionFreeReductionGivesTheTextbookRecurrence() {
    Mrg32k3a fast = Mrg32k3a.of(Mrg32k3a.seedOf(987654321));
    long[] s = Mrg32k3a.seedOf(987654321);
    for (int i = 0; i < 1_000_000; i++) {
      long p1 = Math.floorMod(1403580L * s[1] - 810728L * s[0], 4294967087L);
      long p2 = Math.floorMod(527612L * s[5] - 1370589L * s[3], 4294944443L);
      s = new long[] {s[1], s[2], p1, s[4], s[5], p2};
      double u = (p1 > p2 ? p1 - p2 : p1 - p2 + 4294967087L) * 2.328306549295727688e-10;
      assertThat(fast.nextDouble()).isEqualTo(u);
    }
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
