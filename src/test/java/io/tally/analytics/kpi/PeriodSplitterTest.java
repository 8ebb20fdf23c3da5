package io.tally.analytics.kpi;

import static io.tally.analytics.kpi.Fixtures.BLANK;
import static io.tally.analytics.kpi.Fixtures.L3;
import static io.tally.analytics.kpi.Fixtures.RATE;
import static io.tally.analytics.kpi.Fixtures.count;
import static io.tally.analytics.kpi.Fixtures.period;
import static io.tally.analytics.kpi.Fixtures.runEnded;
import static io.tally.analytics.kpi.Fixtures.runStarted;
import static io.tally.analytics.kpi.Fixtures.stopEnded;
import static io.tally.analytics.kpi.Fixtures.stopStarted;
import static io.tally.plant.model.StopReason.Category.SETUP;
import static io.tally.plant.model.StopReason.Category.UNPLANNED;
import static org.assertj.core.api.Assertions.assertThat;

import io.tally.analytics.kpi.LineFact.RunEnded;
import io.tally.analytics.kpi.LineFact.RunStarted;
import io.tally.analytics.kpi.LineFact.StopEnded;
import io.tally.analytics.kpi.LineFact.StopStarted;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Run R1 12:00-16:00 across the 14:00 shift change, with a breakdown 13:30-14:30 across it too.
 * Counts at 14:00 (closes shift A), 14:00:01 and 16:00 (shift B).
 */
class PeriodSplitterTest {
  static final List<LineFact> FACTS =
      List.of(
          runStarted("12:00", "R1", BLANK, RATE),
          stopStarted("13:30", "BRK", UNPLANNED),
          count("14:00", "R1", 5000, 50, 0),
          count("14:00:01", "R1", 10, 0, 0),
          stopEnded("14:30"),
          count("16:00", "R1", 6000, 0, 0),
          runEnded("16:00", "R1"));
  static final List<PeriodRecord> RECORDS =
      PeriodSplitter.split(FACTS, List.of(period("14:00", "22:00"), period("06:00", "14:00")));

  @Test
  void splitsRunAndStopTimeProRataAtTheShiftBoundary() {
    TimeElements a = TimeModel.of(RECORDS.get(0));
    TimeElements b = TimeModel.of(RECORDS.get(1));
    // A: APT 12:00-13:30 = 90, ADET 13:30-14:00 = 30, ADOT 06:00-12:00 = 360, AOET 120.
    assertThat(a.apt()).isEqualTo(Duration.ofMinutes(90));
    assertThat(a.adet()).isEqualTo(Duration.ofMinutes(30));
    assertThat(a.adot()).isEqualTo(Duration.ofMinutes(360));
    assertThat(a.aoet()).isEqualTo(Duration.ofMinutes(120));
    // B: ADET 14:00-14:30 = 30, APT 14:30-16:00 = 90, ADOT 16:00-22:00 = 360, AOET 120.
    assertThat(b.adet()).isEqualTo(Duration.ofMinutes(30));
    assertThat(b.apt()).isEqualTo(Duration.ofMinutes(90));
    assertThat(b.adot()).isEqualTo(Duration.ofMinutes(360));
    assertThat(b.aoet()).isEqualTo(Duration.ofMinutes(120));
  }

  @Test
  void countsTheFailureOnceWhereItBegan() {
    assertThat(TimeModel.of(RECORDS.get(0)).failures()).isEqualTo(1);
    assertThat(TimeModel.of(RECORDS.get(1)).failures()).isZero();
    assertThat(RECORDS.get(1).stops())
        .singleElement()
        .satisfies(s -> assertThat(s.continued()).isTrue());
    // The day: MTTR = 60 min / 1 = 1 h; MTBF = 180 min / 1 = 3 h.
    Kpis day = Rollup.kpis(RECORDS, Granularity.DAY).get("2026-11-27");
    assertThat(day.mttrHours()).hasValue(1.0);
    assertThat(day.mtbfHours()).hasValue(3.0);
  }

  @Test
  void assignsCountsByTheTimestampOfTheIncrement() {
    // 14:00 closes shift A: GQ 5000, SQ 50; 14:00:01 and 16:00 go to B: GQ 10 + 6000.
    assertThat(TimeModel.of(RECORDS.get(0)).gq()).isEqualTo(5000);
    assertThat(TimeModel.of(RECORDS.get(0)).sq()).isEqualTo(50);
    assertThat(TimeModel.of(RECORDS.get(1)).gq()).isEqualTo(6010);
  }

  @Test
  void leavesOutFactsOfPeriodsNotAskedFor() {
    // Only shift B: the run's start (in A) is still needed, A's count at 14:00 is not B's.
    PeriodRecord b = PeriodSplitter.split(FACTS, List.of(period("14:00", "22:00"))).get(0);
    assertThat(TimeModel.of(b).gq()).isEqualTo(6010);
    assertThat(TimeModel.of(b)).isEqualTo(TimeModel.of(RECORDS.get(1)));
  }

  @Test
  void splitsARunAcrossMidnightBetweenTheTwoDays() {
    Instant d26 = Instant.parse("2026-11-26T00:00:00Z");
    List<LineFact> facts =
        List.of(
            new RunStarted(d26.plus(22, ChronoUnit.HOURS), Fixtures.runId("N1"), BLANK, RATE),
            new StopStarted(
                d26.plus(23 * 60 + 30, ChronoUnit.MINUTES), new ReasonCode("CHG"), SETUP),
            new StopEnded(d26.plus(24 * 60 + 30, ChronoUnit.MINUTES)),
            new RunEnded(d26.plus(26, ChronoUnit.HOURS), Fixtures.runId("N1")));
    List<Period> days =
        List.of(
            new Period(L3, d26.plus(18, ChronoUnit.HOURS), d26.plus(24, ChronoUnit.HOURS)),
            new Period(L3, d26.plus(24, ChronoUnit.HOURS), d26.plus(30, ChronoUnit.HOURS)));
    var byDay = Rollup.elements(PeriodSplitter.split(facts, days), Granularity.DAY);
    // 26th: APT 22:00-23:30 = 90, ASUT 23:30-24:00 = 30; 27th: ASUT 30, APT 00:30-02:00 = 90.
    assertThat(byDay.keySet()).containsExactly("2026-11-26", "2026-11-27");
    assertThat(byDay.get("2026-11-26").apt()).isEqualTo(Duration.ofMinutes(90));
    assertThat(byDay.get("2026-11-26").asut()).isEqualTo(Duration.ofMinutes(30));
    assertThat(byDay.get("2026-11-27").asut()).isEqualTo(Duration.ofMinutes(30));
    assertThat(byDay.get("2026-11-27").apt()).isEqualTo(Duration.ofMinutes(90));
    assertThat(StopPareto.of(PeriodSplitter.split(facts, days)))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.duration()).isEqualTo(Duration.ofMinutes(60));
              assertThat(e.stops()).isEqualTo(1);
            });
  }
}
