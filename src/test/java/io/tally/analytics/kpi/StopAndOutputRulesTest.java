package io.tally.analytics.kpi;

import static io.tally.analytics.kpi.Fixtures.BLANK;
import static io.tally.analytics.kpi.Fixtures.RATE;
import static io.tally.analytics.kpi.Fixtures.count;
import static io.tally.analytics.kpi.Fixtures.period;
import static io.tally.analytics.kpi.Fixtures.runEnded;
import static io.tally.analytics.kpi.Fixtures.runStarted;
import static io.tally.analytics.kpi.Fixtures.span;
import static io.tally.analytics.kpi.Fixtures.stopEnded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tally.analytics.kpi.LineFact.StopStarted;
import io.tally.plant.model.StopReason.Category;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Planned means planned, failures are breakdowns, and no output vanishes from the figures. */
class StopAndOutputRulesTest {
  private static LineFact stop(String t, String reason, Category c, boolean failure) {
    return new StopStarted(Fixtures.at(t), new ReasonCode(reason), c, failure);
  }

  private static List<LineFact> runWith(LineFact... middle) {
    List<LineFact> facts = new java.util.ArrayList<>();
    facts.add(runStarted("06:00", "R1", BLANK, RATE));
    facts.addAll(List.of(middle));
    facts.add(count("14:00", "R1", 20_000, 0, 0));
    facts.add(runEnded("14:00", "R1"));
    return facts;
  }

  @Test
  void aStopCodedPlannedWithNothingPlannedIsUnplannedAndFlagged() {
    Period shift = period("06:00", "14:00");
    PeriodRecord r =
        PeriodSplitter.split(
                runWith(stop("09:00", "PM", Category.PLANNED, false), stopEnded("10:00")),
                List.of(shift))
            .get(0);
    TimeElements t = TimeModel.of(r);
    assertThat(t.pdot()).isEqualTo(Duration.ZERO);
    assertThat(t.pbt()).isEqualTo(Duration.ofHours(8));
    assertThat(t.adet()).isEqualTo(Duration.ofHours(1));
    assertThat(t.failures()).isZero();
    assertThat(TimeModel.unplannedPlannedStops(r))
        .extracting(s -> s.reason().value())
        .containsExactly("PM");
  }

  @Test
  void aPlannedStopInsideTheCalendarsMaintenanceIsPlannedDowntime() {
    Period shift = period("06:00", "14:00", List.of(span("09:00", "10:00")));
    PeriodRecord r =
        PeriodSplitter.split(
                runWith(stop("09:00", "PM", Category.PLANNED, false), stopEnded("10:00")),
                List.of(shift))
            .get(0);
    assertThat(TimeModel.of(r).pdot()).isEqualTo(Duration.ofHours(1));
    assertThat(TimeModel.unplannedPlannedStops(r)).isEmpty();
  }

  @Test
  void onlyBreakdownsAreFailuresOtherUnplannedStopsAreDelay() {
    PeriodRecord r =
        PeriodSplitter.split(
                runWith(
                    stop("08:00", "JAM", Category.UNPLANNED, false),
                    stopEnded("08:30"),
                    stop("10:00", "BRK", Category.UNPLANNED, true),
                    stopEnded("11:00")),
                List.of(period("06:00", "14:00")))
            .get(0);
    TimeElements t = TimeModel.of(r);
    assertThat(t.adet()).isEqualTo(Duration.ofMinutes(90));
    assertThat(t.failures()).isEqualTo(1);
    Kpis k = Kpis.of(t);
    assertThat(k.mtbfHours().getAsDouble()).isCloseTo(6.5, within(1e-9));
    assertThat(k.mttrHours().getAsDouble()).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void aBreakdownJustBeforeAShiftIsAFailureOfThatShift() {
    // The line broke down at 14:50, between shifts; it is the 15:00 shift's failure.
    List<Period> shifts = List.of(period("06:00", "14:00"), period("15:00", "22:00"));
    List<LineFact> facts =
        List.of(stop("14:50", "BRK", Category.UNPLANNED, true), stopEnded("15:20"));
    List<PeriodRecord> rs = PeriodSplitter.split(facts, shifts);
    assertThat(TimeModel.of(rs.get(0)).failures()).isZero();
    assertThat(TimeModel.of(rs.get(1)).failures()).isEqualTo(1);
    assertThat(TimeModel.of(rs.get(1)).adet()).isEqualTo(Duration.ofMinutes(20));
    // A breakdown that began inside the first shift stays its failure only.
    List<PeriodRecord> again =
        PeriodSplitter.split(
            List.of(stop("13:50", "BRK", Category.UNPLANNED, true), stopEnded("15:20")), shifts);
    assertThat(TimeModel.of(again.get(0)).failures()).isEqualTo(1);
    assertThat(TimeModel.of(again.get(1)).failures()).isZero();
  }

  @Test
  void effectivenessAboveOneIsShownAndFlagged() {
    // 40,000 units in 8 h at 4,375/h rated: effectiveness 40,000 / 35,000.
    List<LineFact> facts =
        List.of(
            runStarted("06:00", "R1", BLANK, RATE),
            count("14:00", "R1", 40_000, 0, 0),
            runEnded("14:00", "R1"));
    Kpis k =
        Kpis.of(
            TimeModel.of(PeriodSplitter.split(facts, List.of(period("06:00", "14:00"))).get(0)));
    assertThat(k.effectiveness().getAsDouble()).isCloseTo(40_000 / 35_000.0, within(1e-9));
    assertThat(k.effectivenessAboveRated()).isTrue();
  }

  @Test
  void goodOutputInAPeriodWithNoProductionTimeHasAnOee() {
    // The run ended at 06:00; its last units were counted at 06:30, in the shift.
    List<LineFact> facts =
        List.of(
            runStarted("05:00", "R1", BLANK, RATE),
            runEnded("06:00", "R1"),
            count("06:30", "R1", 4375, 0, 0));
    TimeElements t =
        TimeModel.of(PeriodSplitter.split(facts, List.of(period("06:00", "14:00"))).get(0));
    assertThat(t.apt()).isEqualTo(Duration.ZERO);
    assertThat(t.gq()).isEqualTo(4375);
    Kpis k = Kpis.of(t);
    assertThat(k.effectiveness()).isEmpty();
    assertThat(k.oee().getAsDouble()).isCloseTo(1.0 / 8, within(1e-9));
  }
}
