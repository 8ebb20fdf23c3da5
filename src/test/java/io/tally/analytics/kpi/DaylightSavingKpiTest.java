package io.tally.analytics.kpi;

import static io.tally.analytics.kpi.Fixtures.BLANK;
import static io.tally.analytics.kpi.Fixtures.L3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tally.analytics.kpi.LineFact.CountRecorded;
import io.tally.analytics.kpi.LineFact.RunEnded;
import io.tally.analytics.kpi.LineFact.RunStarted;
import io.tally.execution.RunId;
import io.tally.plant.model.CalendarId;
import io.tally.plant.model.Shift;
import io.tally.plant.model.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The KPIs of shifts across a daylight-saving change in Europe/Madrid: POT is the time that passed,
 * and the counts of the repeated hour are both kept, in the order they happened.
 */
class DaylightSavingKpiTest {
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  private static final WorkCalendar CAL =
      new WorkCalendar(
          new CalendarId("C"),
          "Afternoon and night",
          List.of(
              new Shift("A", LocalTime.of(14, 0), LocalTime.of(22, 0)),
              new Shift("N", LocalTime.of(22, 0), LocalTime.of(6, 0))),
          EnumSet.allOf(DayOfWeek.class),
          Set.of(),
          365,
          List.of(),
          MADRID);

  /** A run through both shifts of a day, one count of 4375 good every elapsed hour. */
  private static List<LineFact> runAtRatedRate(List<Period> periods) {
    Instant start = periods.get(0).start();
    Instant end = periods.get(periods.size() - 1).end();
    RunId run = Fixtures.runId("R1");
    List<LineFact> facts = new ArrayList<>();
    facts.add(new RunStarted(start, run, BLANK, 4375));
    for (Instant t = start.plusSeconds(3600); !t.isAfter(end); t = t.plusSeconds(3600)) {
      facts.add(new CountRecorded(t, run, 4375, 0, 0));
    }
    facts.add(new RunEnded(end, run));
    return facts;
  }

  private static TimeElements day(LocalDate d) {
    List<Period> periods = CalendarPeriods.shifts(CAL, L3, d, d.plusDays(1));
    var records = PeriodSplitter.split(runAtRatedRate(periods), periods);
    return Rollup.elements(records, Granularity.DAY).get(d.toString());
  }

  @Test
  void autumnNightShiftHasNineHoursOfPotAndOutput() {
    // 24/25 Oct 2026: the 22:00-06:00 shift lasts 9 h; the wall clock would say 8.
    TimeElements t = day(LocalDate.of(2026, 10, 24));
    assertThat(t.pot()).isEqualTo(Duration.ofHours(17));
    assertThat(t.apt()).isEqualTo(Duration.ofHours(17));
    assertThat(t.gq()).isEqualTo(17 * 4375);
    Kpis k = Kpis.of(t);
    assertThat(k.availability().getAsDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(k.effectiveness().getAsDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(k.oee().getAsDouble()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void springNightShiftHasSevenHoursOfPot() {
    // 28/29 Mar 2026: 16 h on the wall clock, 15 h pass; a line at rated rate has OEE 1, not 15/16.
    TimeElements t = day(LocalDate.of(2026, 3, 28));
    assertThat(t.pot()).isEqualTo(Duration.ofHours(15));
    assertThat(t.gq()).isEqualTo(15 * 4375);
    assertThat(Kpis.of(t).oee().getAsDouble()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void theRepeatedHourKeepsBothCountsInTheirOrder() {
    // 02:30 CEST and 02:30 CET on 25 Oct 2026 are an hour apart; both counts land in the shift.
    LocalDate d = LocalDate.of(2026, 10, 24);
    List<Period> periods = CalendarPeriods.shifts(CAL, L3, d, d.plusDays(1));
    Period night = periods.get(1);
    RunId run = Fixtures.runId("R1");
    Instant first = Instant.parse("2026-10-25T00:30:00Z");
    Instant second = Instant.parse("2026-10-25T01:30:00Z");
    List<LineFact> facts =
        List.of(
            new RunStarted(night.start(), run, BLANK, 4375),
            new CountRecorded(second, run, 7, 0, 0),
            new CountRecorded(first, run, 5, 0, 0),
            new RunEnded(night.end(), run));
    PeriodRecord r = PeriodSplitter.split(facts, List.of(night)).get(0);
    assertThat(r.counts()).extracting(Count::at).containsExactly(first, second);
    assertThat(TimeModel.of(r).gq()).isEqualTo(12);
    assertThat(night.localStart()).isEqualTo(d.atTime(22, 0));
  }
}
