package io.tally.analytics.kpi;

import static io.tally.analytics.kpi.Fixtures.BLANK;
import static io.tally.analytics.kpi.Fixtures.RATE;
import static io.tally.analytics.kpi.Fixtures.count;
import static io.tally.analytics.kpi.Fixtures.period;
import static io.tally.analytics.kpi.Fixtures.runEnded;
import static io.tally.analytics.kpi.Fixtures.runStarted;
import static io.tally.analytics.kpi.Fixtures.stopEnded;
import static io.tally.analytics.kpi.Fixtures.stopStarted;
import static io.tally.plant.model.StopReason.Category.PLANNED;
import static io.tally.plant.model.StopReason.Category.SETUP;
import static io.tally.plant.model.StopReason.Category.UNPLANNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shift A (06:00-14:00) on L3, worked by hand. Run R1 (blank, rated 4375/h) from 06:00 to 13:30;
 * changeover CHG 06:00-07:40 inside it; break BRKF 10:00-10:30; breakdown BRK 11:00-11:45; line
 * idle 13:30-14:00. Counts: 09:00 good 8000 scrap 100; 13:30 good 9150 scrap 200 rework 50.
 */
class ShiftKpiTest {
  private static final double EPS = 1e-12;

  static List<LineFact> shiftA() {
    return List.of(
        runStarted("06:00", "R1", BLANK, RATE),
        stopStarted("06:00", "CHG", SETUP),
        stopEnded("07:40"),
        count("09:00", "R1", 8000, 100, 0),
        stopStarted("10:00", "BRKF", PLANNED),
        stopEnded("10:30"),
        stopStarted("11:00", "BRK", UNPLANNED),
        stopEnded("11:45"),
        count("13:30", "R1", 9150, 200, 50),
        runEnded("13:30", "R1"));
  }

  static TimeElements elements() {
    return TimeModel.of(PeriodSplitter.split(shiftA(), List.of(shiftAPeriod())).get(0));
  }

  /** Shift A with its 10:00-10:30 break in the calendar: a planned stop is PDOT only if planned. */
  static Period shiftAPeriod() {
    return period("06:00", "14:00", List.of(Fixtures.span("10:00", "10:30")));
  }

  @Test
  void timeElementsOfAShiftWithChangeoverStopAndScrap() {
    TimeElements t = elements();
    // POT = 8 h = 480 min.
    assertThat(t.pot()).isEqualTo(Duration.ofMinutes(480));
    // PDOT = break 30 min; PBT = 480 - 30 = 450.
    assertThat(t.pdot()).isEqualTo(Duration.ofMinutes(30));
    assertThat(t.pbt()).isEqualTo(Duration.ofMinutes(450));
    // ASUT = changeover 06:00-07:40 = 100 min.
    assertThat(t.asut()).isEqualTo(Duration.ofMinutes(100));
    // ADET = breakdown 11:00-11:45 = 45 min.
    assertThat(t.adet()).isEqualTo(Duration.ofMinutes(45));
    // APT = run 450 min - setup 100 - break 30 - breakdown 45 = 275 min.
    assertThat(t.apt()).isEqualTo(Duration.ofMinutes(275));
    // ADOT = idle 13:30-14:00 = 30 min; 275 + 100 + 45 + 30 = 450 = PBT.
    assertThat(t.adot()).isEqualTo(Duration.ofMinutes(30));
    // AUPT = 275 + 100 = 375; AUBT = 375 + 45 = 420; AOET = run 06:00-13:30 = 450.
    assertThat(t.aupt()).isEqualTo(Duration.ofMinutes(375));
    assertThat(t.aubt()).isEqualTo(Duration.ofMinutes(420));
    assertThat(t.aoet()).isEqualTo(Duration.ofMinutes(450));
    // GQ = 8000 + 9150 = 17150; SQ = 100 + 200 = 300; RQ = 50; PQ = 17500.
    assertThat(t.gq()).isEqualTo(17150);
    assertThat(t.sq()).isEqualTo(300);
    assertThat(t.rq()).isEqualTo(50);
    assertThat(t.pq()).isEqualTo(17500);
    // PRU = 3600 / 4375 s; PRU x PQ = 17500 / 4375 h = 4 h = 14400 s.
    assertThat(t.pruSeconds().getAsDouble()).isCloseTo(3600.0 / 4375, within(EPS));
    assertThat(t.plannedRuntimeSeconds()).isCloseTo(14400, within(1e-9));
    // FE = one breakdown.
    assertThat(t.failures()).isEqualTo(1);
  }

  @Test
  void kpisOfAShiftWithChangeoverStopAndScrap() {
    Kpis k = Kpis.of(elements());
    // Availability = APT / PBT = 275 / 450.
    assertThat(k.availability().getAsDouble()).isCloseTo(275.0 / 450, within(EPS));
    // Effectiveness = PRU x PQ / APT = 240 min / 275 min.
    assertThat(k.effectiveness().getAsDouble()).isCloseTo(240.0 / 275, within(EPS));
    // Quality ratio = 17150 / 17500 = 0.98.
    assertThat(k.qualityRatio().getAsDouble()).isCloseTo(0.98, within(EPS));
    // OEE = 275/450 x 240/275 x 0.98 = 235.2 / 450 = 0.522666...
    assertThat(k.oee().getAsDouble()).isCloseTo(235.2 / 450, within(EPS));
    // NEE = AUPT/PBT x E x Q = 375/450 x 240/275 x 0.98 = 88200 / 123750 = 0.712727...
    assertThat(k.nee().getAsDouble()).isCloseTo(88200.0 / 123750, within(EPS));
    // Setup rate = ASUT / AUPT = 100 / 375.
    assertThat(k.setupRate().getAsDouble()).isCloseTo(100.0 / 375, within(EPS));
    // Technical efficiency = APT / (APT + ADET) = 275 / 320 = 0.859375.
    assertThat(k.technicalEfficiency().getAsDouble()).isCloseTo(0.859375, within(EPS));
    // Throughput rate = PQ / AOET = 17500 / 7.5 h = 2333.33 per hour.
    assertThat(k.throughputPerHour().getAsDouble()).isCloseTo(17500 / 7.5, within(1e-9));
    // Scrap ratio = 300 / 17500; rework ratio = 50 / 17500.
    assertThat(k.scrapRatio().getAsDouble()).isCloseTo(300.0 / 17500, within(EPS));
    assertThat(k.reworkRatio().getAsDouble()).isCloseTo(50.0 / 17500, within(EPS));
    // MTBF = APT / FE = 275 min = 4.5833 h; MTTR = ADET / FE = 45 min = 0.75 h.
    assertThat(k.mtbfHours().getAsDouble()).isCloseTo(275.0 / 60, within(EPS));
    assertThat(k.mttrHours().getAsDouble()).isCloseTo(0.75, within(EPS));
  }

  @Test
  void oeeEqualsPruTimesGoodQuantityOverPlannedBusyTime() {
    TimeElements t = elements();
    // PRU x GQ / PBT = (3600/4375 s x 17150) / 27000 s = 14112 / 27000.
    double identity = t.pruSeconds().getAsDouble() * t.gq() / t.pbt().toSeconds();
    assertThat(identity).isCloseTo(14112.0 / 27000, within(EPS));
    assertThat(Kpis.of(t).oee().getAsDouble()).isCloseTo(identity, within(EPS));
  }

  @Test
  void changeoverIsAnAvailabilityLossInOeeButProcessingInNee() {
    Kpis k = Kpis.of(elements());
    // NEE / OEE = AUPT / APT = 375 / 275: the 100 min changeover is the only difference.
    assertThat(k.nee().getAsDouble() / k.oee().getAsDouble()).isCloseTo(375.0 / 275, within(EPS));
  }
}
