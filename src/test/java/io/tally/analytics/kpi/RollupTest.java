package io.tally.analytics.kpi;

import static io.tally.analytics.kpi.Fixtures.BLANK;
import static io.tally.analytics.kpi.Fixtures.RATE;
import static io.tally.analytics.kpi.Fixtures.count;
import static io.tally.analytics.kpi.Fixtures.period;
import static io.tally.analytics.kpi.Fixtures.runEnded;
import static io.tally.analytics.kpi.Fixtures.runStarted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shift A is the hand-worked shift of {@link ShiftKpiTest} (PBT 450 min, APT 275, PRU x GQ 235.2
 * min); shift B runs flat out: 14:00-22:00, 35000 good at 4375/h (PBT = APT = PRU x GQ = 480 min).
 */
class RollupTest {
  static List<PeriodRecord> twoShifts() {
    List<LineFact> facts = new ArrayList<>(ShiftKpiTest.shiftA());
    facts.add(runStarted("14:00", "R2", BLANK, RATE));
    facts.add(count("22:00", "R2", 35000, 0, 0));
    facts.add(runEnded("22:00", "R2"));
    return PeriodSplitter.split(
        facts, List.of(ShiftKpiTest.shiftAPeriod(), period("14:00", "22:00")));
  }

  @Test
  void dayRatiosComeFromSummedElementsNotFromAveragedShiftRatios() {
    var shifts = Rollup.kpis(twoShifts(), Granularity.SHIFT);
    double availabilityA = shifts.get("2026-11-27T06:00").availability().getAsDouble();
    double availabilityB = shifts.get("2026-11-27T14:00").availability().getAsDouble();
    // A: 275/450 = 0.6111; B: 480/480 = 1. Their mean would be 0.8056.
    assertThat(availabilityA).isCloseTo(275.0 / 450, within(1e-12));
    assertThat(availabilityB).isEqualTo(1.0);
    Kpis day = Rollup.kpis(twoShifts(), Granularity.DAY).get("2026-11-27");
    // Day: (275 + 480) / (450 + 480) = 755 / 930 = 0.8118.
    assertThat(day.availability().getAsDouble()).isCloseTo(755.0 / 930, within(1e-12));
    assertThat(day.availability().getAsDouble())
        .isNotCloseTo((availabilityA + availabilityB) / 2, within(1e-3));
    // OEE: A 235.2/450 = 0.5227, B 1; mean 0.7613, but the day's is (235.2 + 480) / 930 = 0.7690.
    assertThat(day.oee().getAsDouble()).isCloseTo(715.2 / 930, within(1e-12));
  }

  @Test
  void dayElementsAreTheSumOfTheShifts() {
    TimeElements day = Rollup.elements(twoShifts(), Granularity.DAY).get("2026-11-27");
    TimeElements a = TimeModel.of(twoShifts().get(0));
    TimeElements b = TimeModel.of(twoShifts().get(1));
    assertThat(day).isEqualTo(a.plus(b));
    assertThat(day.pq()).isEqualTo(17500 + 35000);
  }

  @Test
  void labelsBucketsByShiftStartDayIsoWeekAndMonth() {
    assertThat(Rollup.elements(twoShifts(), Granularity.SHIFT).keySet())
        .containsExactly("2026-11-27T06:00", "2026-11-27T14:00");
    // Friday 27 November 2026 is in ISO week 48 (week 1 began Monday 29 December 2025).
    assertThat(Rollup.elements(twoShifts(), Granularity.WEEK).keySet()).containsExactly("2026-W48");
    assertThat(Rollup.elements(twoShifts(), Granularity.MONTH).keySet()).containsExactly("2026-11");
  }
}
