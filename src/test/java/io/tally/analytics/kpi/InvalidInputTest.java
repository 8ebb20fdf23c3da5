package io.tally.analytics.kpi;

import static io.tally.analytics.kpi.Fixtures.BLANK;
import static io.tally.analytics.kpi.Fixtures.L3;
import static io.tally.analytics.kpi.Fixtures.RATE;
import static io.tally.analytics.kpi.Fixtures.TRACER;
import static io.tally.analytics.kpi.Fixtures.at;
import static io.tally.analytics.kpi.Fixtures.count;
import static io.tally.analytics.kpi.Fixtures.period;
import static io.tally.analytics.kpi.Fixtures.runEnded;
import static io.tally.analytics.kpi.Fixtures.runStarted;
import static io.tally.analytics.kpi.Fixtures.span;
import static io.tally.analytics.kpi.Fixtures.stop;
import static io.tally.analytics.kpi.Fixtures.stopEnded;
import static io.tally.analytics.kpi.Fixtures.stopStarted;
import static io.tally.plant.model.StopReason.Category.SETUP;
import static io.tally.plant.model.StopReason.Category.UNPLANNED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

  @Test
  void rejectsStopOutsideThePeriod() {
    Period shift = period("06:00", "14:00");
    List<Stop> stops = List.of(stop("13:30", "14:30", "BRK", UNPLANNED));
    assertThatThrownBy(() -> new PeriodRecord(shift, List.of(), stops, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "stop BRK [2026-11-27T13:30:00Z, 2026-11-27T14:30:00Z) lies outside period"
                + " L3 [2026-11-27T06:00:00Z, 2026-11-27T14:00:00Z)");
  }

  @Test
  void rejectsOverlappingStops() {
    List<Stop> stops =
        List.of(stop("09:00", "10:00", "JAM", UNPLANNED), stop("08:00", "09:30", "CHG", SETUP));
    assertThatThrownBy(
            () -> new PeriodRecord(period("06:00", "14:00"), List.of(), stops, List.of()))
        .hasMessage(
            "stop CHG [2026-11-27T08:00:00Z, 2026-11-27T09:30:00Z) overlaps"
                + " stop JAM [2026-11-27T09:00:00Z, 2026-11-27T10:00:00Z)");
  }

  @Test
  void rejectsAStopStartedWhileAnotherIsOpen() {
    List<LineFact> facts =
        List.of(
            stopStarted("08:00", "CHG", SETUP),
            stopStarted("09:00", "JAM", UNPLANNED),
            stopEnded("10:00"));
    assertThatThrownBy(() -> PeriodSplitter.split(facts, List.of(period("06:00", "14:00"))))
        .hasMessage(
            "stop JAM starts at 2026-11-27T09:00:00Z while stop CHG (since 2026-11-27T08:00:00Z)"
                + " is still open; stops must not overlap");
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> new Count(at("09:00"), Fixtures.runId("R1"), RATE, 100, -5, 0))
        .hasMessage(
            "count of run RUN-000001 at 2026-11-27T09:00:00Z is negative (good 100, scrap -5, rework 0);"
                + " counts must not be negative");
    List<LineFact> facts =
        List.of(runStarted("06:00", "R1", BLANK, RATE), count("07:00", "R1", -1, 0, 0));
    assertThatThrownBy(() -> PeriodSplitter.split(facts, List.of(period("06:00", "14:00"))))
        .hasMessageContaining("is negative (good -1");
  }

  @Test
  void rejectsOverlappingRuns() {
    List<LineFact> facts =
        List.of(runStarted("06:00", "R1", BLANK, RATE), runStarted("07:00", "R2", TRACER, RATE));
    assertThatThrownBy(() -> PeriodSplitter.split(facts, List.of(period("06:00", "14:00"))))
        .hasMessage(
            "run RUN-000002 starts at 2026-11-27T07:00:00Z while run RUN-000001 is still on;"
                + " runs on a line must not overlap");
  }

  @Test
  void rejectsARunThatNeverEndedWithoutAnAsOfTime() {
    List<LineFact> facts = List.of(runStarted("06:00", "R1", BLANK, RATE));
    assertThatThrownBy(() -> PeriodSplitter.split(facts, List.of(period("06:00", "14:00"))))
        .hasMessage(
            "run RUN-000001 started at 2026-11-27T06:00:00Z has not ended; give an as-of time to close it");
  }

  @Test
  void rejectsEndsWithoutStartsAndCountsOfUnknownRuns() {
    Period shift = period("06:00", "14:00");
    assertThatThrownBy(() -> PeriodSplitter.split(List.of(runEnded("07:00", "R9")), List.of(shift)))
        .hasMessage("run RUN-000009 ends at 2026-11-27T07:00:00Z but is not the run that is on");
    assertThatThrownBy(() -> PeriodSplitter.split(List.of(stopEnded("07:00")), List.of(shift)))
        .hasMessage("a stop ends at 2026-11-27T07:00:00Z but none is open");
    assertThatThrownBy(
            () -> PeriodSplitter.split(List.of(count("07:00", "R9", 1, 0, 0)), List.of(shift)))
        .hasMessage("count at 2026-11-27T07:00:00Z names run RUN-000009, which has not started");
  }

  @Test
  void rejectsACountBetweenPeriodsRatherThanLoseIt() {
    List<LineFact> facts =
        List.of(
            runStarted("13:00", "R1", BLANK, RATE),
            runEnded("14:10", "R1"),
            count("14:10", "R1", 500, 0, 0));
    List<Period> shifts = List.of(period("06:00", "14:00"), period("14:30", "22:00"));
    assertThatThrownBy(() -> PeriodSplitter.split(facts, shifts))
        .hasMessage(
            "count of run RUN-000001 at 2026-11-27T14:10:00Z falls between periods; production outside"
                + " planned operation needs a period of its own");
  }

  @Test
  void rejectsOverlappingPeriodsAndPlannedDowntimeOutsideItsPeriod() {
    List<Period> periods = List.of(period("06:00", "14:00"), period("13:00", "22:00"));
    assertThatThrownBy(() -> PeriodSplitter.split(List.of(), periods))
        .hasMessage(
            "period L3 [2026-11-27T06:00:00Z, 2026-11-27T14:00:00Z) overlaps"
                + " period L3 [2026-11-27T13:00:00Z, 2026-11-27T22:00:00Z)");
    assertThatThrownBy(
            () -> new Period(L3, span("06:00", "14:00"), List.of(span("13:00", "15:00"))))
        .hasMessage(
            "planned downtime [2026-11-27T13:00:00Z, 2026-11-27T15:00:00Z) lies outside period"
                + " L3 [2026-11-27T06:00:00Z, 2026-11-27T14:00:00Z)");
  }

  @Test
  void rejectsANonPositiveRatedRate() {
    assertThatThrownBy(() -> new Run(Fixtures.runId("R1"), BLANK, 0, span("06:00", "07:00")))
        .hasMessage("run RUN-000001: rated rate must be positive and finite, got 0.0");
  }
}
