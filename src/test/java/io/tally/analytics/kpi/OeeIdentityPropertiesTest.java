package io.tally.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random valid 8-hour shifts ({@link RandomShifts}) with mixed products and an optional maintenance
 * window, checked against a minute-by-minute oracle and the OEE identity.
 */
class OeeIdentityPropertiesTest {
  @Provide
  Arbitrary<List<RandomShifts.Seg>> segments() {
    Arbitrary<Integer> qty = Arbitraries.integers().between(0, 2000);
    return Combinators.combine(
            Arbitraries.integers().between(1, 90),
            Arbitraries.of(RandomShifts.Kind.class),
            Arbitraries.integers().between(0, RandomShifts.RATES.length - 1),
            qty,
            qty,
            qty)
        .as(RandomShifts.Seg::new)
        .list()
        .ofMaxSize(20);
  }

  static TimeElements elements(RandomShifts.Shift s) {
    return TimeModel.of(PeriodSplitter.split(s.facts(), List.of(s.period())).get(0));
  }

  @Property(tries = 300)
  void timeElementsMatchAMinuteByMinuteOracle(
      @ForAll("segments") List<RandomShifts.Seg> segs,
      @ForAll @IntRange(max = 480) int maintStart,
      @ForAll @IntRange(max = 120) int maintLength) {
    RandomShifts.Shift s = RandomShifts.shift(segs, maintStart, maintLength);
    TimeElements t = elements(s);
    int[] e = s.expected();
    assertThat(List.of(t.pdot(), t.apt(), t.asut(), t.adet(), t.adot(), t.aoet()))
        .containsExactly(
            Duration.ofMinutes(e[0]),
            Duration.ofMinutes(e[1]),
            Duration.ofMinutes(e[2]),
            Duration.ofMinutes(e[3]),
            Duration.ofMinutes(e[4]),
            Duration.ofMinutes(e[5]));
    assertThat(t.failures()).isEqualTo(e[6]);
    assertThat(t.plannedRuntimeSeconds()).isCloseTo(s.plannedRuntime(), within(1e-6));
  }

  @Property(tries = 300)
  void oeeEqualsPruTimesGoodQuantityOverPlannedBusyTime(
      @ForAll("segments") List<RandomShifts.Seg> segs,
      @ForAll @IntRange(max = 480) int maintStart,
      @ForAll @IntRange(max = 120) int maintLength) {
    TimeElements t = elements(RandomShifts.shift(segs, maintStart, maintLength));
    Kpis k = Kpis.of(t);
    double pbtSeconds = t.pbt().toSeconds();
    if (pbtSeconds == 0) {
      assertThat(k.oee()).isEmpty();
    } else if (t.pq() == 0) {
      assertThat(k.oee()).hasValue(0.0);
    } else if (!t.apt().isZero()) {
      double identity = t.pruSeconds().getAsDouble() * t.gq() / pbtSeconds;
      assertThat(k.oee().getAsDouble()).isCloseTo(identity, within(1e-9 * Math.max(1, identity)));
    }
    k.oee().ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
    k.nee().ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
  }

  @Property(tries = 200)
  void splittingAShiftAndSummingThePartsGivesTheWholeShift(
      @ForAll("segments") List<RandomShifts.Seg> segs,
      @ForAll @IntRange(min = 1, max = 479) int cut) {
    RandomShifts.Shift s = RandomShifts.shift(segs, 0, 0);
    TimeElements whole = elements(s);
    List<Period> halves =
        List.of(
            new Period(Fixtures.L3, RandomShifts.t(0), RandomShifts.t(cut)),
            new Period(Fixtures.L3, RandomShifts.t(cut), RandomShifts.t(480)));
    TimeElements sum =
        PeriodSplitter.split(s.facts(), halves).stream()
            .map(TimeModel::of)
            .reduce(TimeElements.ZERO, TimeElements::plus);
    assertThat(sum.plannedRuntimeSeconds()).isCloseTo(whole.plannedRuntimeSeconds(), within(1e-6));
    assertThat(
            new TimeElements(
                sum.pot(),
                sum.pdot(),
                sum.apt(),
                sum.asut(),
                sum.adet(),
                sum.adot(),
                sum.aoet(),
                sum.gq(),
                sum.sq(),
                sum.rq(),
                whole.plannedRuntimeSeconds(),
                sum.failures()))
        .isEqualTo(whole);
  }
}
