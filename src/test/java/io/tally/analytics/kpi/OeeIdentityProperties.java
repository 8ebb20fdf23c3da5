package io.tally.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tally.analytics.kpi.LineFact.CountRecorded;
import io.tally.analytics.kpi.LineFact.RunEnded;
import io.tally.analytics.kpi.LineFact.RunStarted;
import io.tally.analytics.kpi.LineFact.StopEnded;
import io.tally.analytics.kpi.LineFact.StopStarted;
import io.tally.plant.model.Interval;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason.Category;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random valid 8-hour shifts built from segments (producing, setup, unplanned or planned stop,
 * idle) with mixed products and an optional maintenance window, checked against a minute-by-minute
 * oracle and the OEE identity.
 */
class OeeIdentityProperties {
  static final int SHIFT_MINUTES = 480;
  static final LocalDateTime START = Fixtures.at("06:00");
  static final double[] RATES = {1000, 2500, 4375};

  enum Kind {
    PRODUCE,
    SETUP,
    UNPLANNED,
    PLANNED,
    IDLE
  }

  record Seg(int minutes, Kind kind, int rate, int good, int scrap, int rework) {}

  record Shift(List<LineFact> facts, Period period, int[] expected, double plannedRuntime) {}

  @Provide
  Arbitrary<List<Seg>> segments() {
    Arbitrary<Integer> qty = Arbitraries.integers().between(0, 2000);
    return Combinators.combine(
            Arbitraries.integers().between(1, 90),
            Arbitraries.of(Kind.class),
            Arbitraries.integers().between(0, RATES.length - 1),
            qty,
            qty,
            qty)
        .as(Seg::new)
        .list()
        .ofMaxSize(20);
  }

  /** Facts for the segments, and the oracle: [PDOT, APT, ASUT, ADET, ADOT, AOET, FE] minutes. */
  static Shift shift(List<Seg> segs, int maintStart, int maintLength) {
    int maintEnd = Math.min(SHIFT_MINUTES, maintStart + maintLength);
    List<Interval> maintenance =
        maintEnd > maintStart ? List.of(new Interval(t(maintStart), t(maintEnd))) : List.of();
    List<LineFact> facts = new ArrayList<>();
    int[] e = new int[7];
    double plannedRuntime = 0;
    RunId run = null;
    int runRate = -1, t = 0, runs = 0;
    for (Seg s : segs) {
      if (t >= SHIFT_MINUTES) {
        break;
      }
      int end = Math.min(SHIFT_MINUTES, t + s.minutes());
      boolean newRate = s.kind() == Kind.PRODUCE && run != null && s.rate() != runRate;
      if (run != null && (s.kind() == Kind.IDLE || newRate)) {
        facts.add(new RunEnded(t(t), run));
        run = null;
      }
      if (run == null && s.kind() != Kind.IDLE) {
        run = new RunId("R" + ++runs);
        runRate = s.rate();
        facts.add(new RunStarted(t(t), run, new ProductCode("P" + runRate), RATES[runRate]));
      }
      Category category = category(s.kind());
      if (category != null) {
        facts.add(new StopStarted(t(t), new ReasonCode(s.kind().name()), category));
        facts.add(new StopEnded(t(end)));
        e[6] += s.kind() == Kind.UNPLANNED ? 1 : 0;
      }
      if (s.kind() == Kind.PRODUCE) {
        facts.add(new CountRecorded(t(end), run, s.good(), s.scrap(), s.rework()));
        plannedRuntime += (s.good() + s.scrap() + s.rework()) * 3600.0 / RATES[runRate];
      }
      for (int m = t; m < end; m++) {
        boolean maint = m >= maintStart && m < maintEnd;
        int element =
            switch (s.kind()) {
              case PLANNED -> 0;
              case PRODUCE -> 1;
              case SETUP -> 2;
              case UNPLANNED -> 3;
              case IDLE -> 4;
            };
        e[maint ? 0 : element]++;
        e[5] += s.kind() == Kind.IDLE ? 0 : 1;
      }
      t = end;
    }
    if (run != null) {
      facts.add(new RunEnded(t(t), run));
    }
    for (int m = t; m < SHIFT_MINUTES; m++) {
      e[m >= maintStart && m < maintEnd ? 0 : 4]++;
    }
    Period period = new Period(Fixtures.L3, new Interval(t(0), t(SHIFT_MINUTES)), maintenance);
    return new Shift(facts, period, e, plannedRuntime);
  }

  static Category category(Kind k) {
    return switch (k) {
      case SETUP -> Category.SETUP;
      case UNPLANNED -> Category.UNPLANNED;
      case PLANNED -> Category.PLANNED;
      default -> null;
    };
  }

  static LocalDateTime t(int minute) {
    return START.plusMinutes(minute);
  }

  static TimeElements elements(Shift s) {
    return TimeModel.of(PeriodSplitter.split(s.facts(), List.of(s.period())).get(0));
  }

  @Property(tries = 300)
  void timeElementsMatchAMinuteByMinuteOracle(
      @ForAll("segments") List<Seg> segs,
      @ForAll @IntRange(max = 480) int maintStart,
      @ForAll @IntRange(max = 120) int maintLength) {
    Shift s = shift(segs, maintStart, maintLength);
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
      @ForAll("segments") List<Seg> segs,
      @ForAll @IntRange(max = 480) int maintStart,
      @ForAll @IntRange(max = 120) int maintLength) {
    TimeElements t = elements(shift(segs, maintStart, maintLength));
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
      @ForAll("segments") List<Seg> segs, @ForAll @IntRange(min = 1, max = 479) int cut) {
    Shift s = shift(segs, 0, 0);
    TimeElements whole = elements(s);
    List<Period> halves =
        List.of(new Period(Fixtures.L3, t(0), t(cut)), new Period(Fixtures.L3, t(cut), t(480)));
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
