package io.tally.analytics.kpi;

import static io.tally.analytics.kpi.Fixtures.BLANK;
import static io.tally.analytics.kpi.Fixtures.RATE;
import static io.tally.analytics.kpi.Fixtures.count;
import static io.tally.analytics.kpi.Fixtures.period;
import static io.tally.analytics.kpi.Fixtures.runEnded;
import static io.tally.analytics.kpi.Fixtures.runStarted;
import static io.tally.analytics.kpi.Fixtures.span;
import static io.tally.analytics.kpi.Fixtures.stopEnded;
import static io.tally.analytics.kpi.Fixtures.stopStarted;
import static io.tally.plant.model.StopReason.Category.UNPLANNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EdgeCaseKpiTest {

  static Kpis kpis(List<LineFact> facts, Period p) {
    return Kpis.of(TimeModel.of(PeriodSplitter.split(facts, List.of(p)).get(0)));
  }

  /** Every KPI is either absent or a finite number. */
  static void assertNoNaN(Kpis k) throws Exception {
    for (RecordComponent c : Kpis.class.getRecordComponents()) {
      OptionalDouble v = (OptionalDouble) c.getAccessor().invoke(k);
      if (v.isPresent()) {
        assertThat(Double.isFinite(v.getAsDouble())).as(c.getName()).isTrue();
      }
    }
  }

  @Test
  void idleShiftHasZeroAvailabilityAndOeeAndNoRatiosOfNothing() throws Exception {
    Kpis k = kpis(List.of(), period("06:00", "14:00"));
    // APT = 0 of PBT = 480 min: availability 0; nothing good made: OEE = NEE = 0.
    assertThat(k.availability()).hasValue(0.0);
    assertThat(k.oee()).hasValue(0.0);
    assertThat(k.nee()).hasValue(0.0);
    // PQ = 0, APT = 0, AUPT = 0, AOET = 0, FE = 0: the ratios over them are absent.
    assertThat(k.effectiveness()).isEmpty();
    assertThat(k.qualityRatio()).isEmpty();
    assertThat(k.scrapRatio()).isEmpty();
    assertThat(k.reworkRatio()).isEmpty();
    assertThat(k.setupRate()).isEmpty();
    assertThat(k.technicalEfficiency()).isEmpty();
    assertThat(k.throughputPerHour()).isEmpty();
    assertThat(k.mtbfHours()).isEmpty();
    assertThat(k.mttrHours()).isEmpty();
    assertNoNaN(k);
  }

  @Test
  void shiftEntirelyInPlannedDowntimeHasNoAvailabilityOrOee() throws Exception {
    Period overhaul = period("06:00", "14:00", List.of(span("06:00", "14:00")));
    Kpis k = kpis(List.of(), overhaul);
    // PBT = 480 - 480 = 0: every ratio over PBT is absent.
    assertThat(k.availability()).isEmpty();
    assertThat(k.oee()).isEmpty();
    assertThat(k.nee()).isEmpty();
    assertNoNaN(k);
  }

  @Test
  void runThatOnlyBrokeDownHasZeroTechnicalEfficiencyAndNoEffectiveness() throws Exception {
    List<LineFact> facts =
        List.of(
            runStarted("06:00", "R1", BLANK, RATE),
            stopStarted("06:00", "BRK", UNPLANNED),
            stopEnded("08:00"),
            runEnded("08:00", "R1"));
    Kpis k = kpis(facts, period("06:00", "14:00"));
    // APT = 0, ADET = 120 min: technical efficiency 0 / 120 = 0; MTTR = 2 h; MTBF = 0 h.
    assertThat(k.technicalEfficiency()).hasValue(0.0);
    assertThat(k.mttrHours()).hasValue(2.0);
    assertThat(k.mtbfHours()).hasValue(0.0);
    assertThat(k.effectiveness()).isEmpty();
    assertThat(k.oee()).hasValue(0.0);
    assertNoNaN(k);
  }

  @Test
  void allScrapGivesZeroQualityAndOee() throws Exception {
    List<LineFact> facts =
        List.of(
            runStarted("06:00", "R1", BLANK, RATE),
            count("07:00", "R1", 0, 4375, 0),
            runEnded("07:00", "R1"));
    Kpis k = kpis(facts, period("06:00", "14:00"));
    // PQ = SQ = 4375 in APT = 1 h at 4375/h: effectiveness 1, quality 0, scrap ratio 1.
    assertThat(k.effectiveness().getAsDouble()).isEqualTo(1.0);
    assertThat(k.qualityRatio()).hasValue(0.0);
    assertThat(k.scrapRatio()).hasValue(1.0);
    assertThat(k.oee()).hasValue(0.0);
    assertNoNaN(k);
  }

  @Test
  void aRunStillOnIsClosedAtTheAsOfInstant() {
    List<LineFact> facts = List.of(runStarted("06:00", "R1", BLANK, RATE));
    TimeElements t =
        TimeModel.of(
            PeriodSplitter.split(facts, List.of(period("06:00", "14:00")), Fixtures.at("09:30"))
                .get(0));
    // Run 06:00-09:30 = 210 min of APT; the rest of the shift is ADOT (270 min).
    assertThat(t.apt()).isEqualTo(Duration.ofMinutes(210));
    assertThat(t.adot()).isEqualTo(Duration.ofMinutes(270));
  }
}
