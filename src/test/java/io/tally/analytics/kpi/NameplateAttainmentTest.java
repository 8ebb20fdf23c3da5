package io.tally.analytics.kpi;

import static io.tally.analytics.kpi.Fixtures.RATE;
import static io.tally.analytics.kpi.Fixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameplateAttainmentTest {
  private final Plant plant = PlantFileReader.readDefault();

  @Test
  void comparesGoodOutputWithTheNameplateOfThePeriods() {
    LineId l1 = new LineId("L1");
    Period l1Shift = new Period(l1, Fixtures.at("06:00"), Fixtures.at("14:00"));
    Count good = new Count(Fixtures.at("14:00"), Fixtures.runId("B1"), RATE, 30000, 200, 0);
    PeriodRecord l1Record = new PeriodRecord(l1Shift, List.of(), List.of(), List.of(good));
    List<PeriodRecord> records = new ArrayList<>(List.of(l1Record));
    records.addAll(PeriodSplitter.split(ShiftKpiTest.shiftA(), List.of(period("06:00", "14:00"))));
    NameplateAttainment n = NameplateAttainment.of(plant, records);
    // Nameplate: L1 and L3 at 4375/h for 8 h each = 70000; good = 30000 + 17150 = 47150.
    assertThat(n.nameplate()).isCloseTo(70000, within(1e-9));
    assertThat(n.good()).isEqualTo(47150);
    assertThat(n.produced()).isEqualTo(30200 + 17500);
    assertThat(n.attainment().getAsDouble()).isCloseTo(47150.0 / 70000, within(1e-12));
  }

  @Test
  void calendarGivesOnePeriodPerShiftWithMaintenanceAsPlannedDowntime() {
    LineId l1 = new LineId("L1");
    var calendar = plant.calendarOf(plant.line(l1));
    // Week of Monday 28 December 2026: the 28th is L1's overhaul; 31 December and 1 January are
    // holidays, so Mon 28, Tue 29 and Wed 30 give 3 days x 2 shifts.
    List<Period> week =
        CalendarPeriods.shifts(calendar, l1, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4));
    assertThat(week).hasSize(6);
    assertThat(week.get(0).plannedDowntime())
        .singleElement()
        .satisfies(d -> assertThat(d.length()).isEqualTo(Duration.ofHours(8)));
    assertThat(week.get(2).plannedDowntime()).isEmpty();
    TimeElements monday =
        Rollup.elements(PeriodSplitter.split(List.of(), week.subList(0, 2)), Granularity.DAY)
            .get("2026-12-28");
    assertThat(monday.pbt()).isZero();
    assertThat(Kpis.of(monday).availability()).isEmpty();
  }

  @Test
  void nameplateOfAPlainWeekMatchesTheDerivedHourlyNameplate() {
    List<PeriodRecord> records = new ArrayList<>();
    for (String id : List.of("L1", "L2", "L3", "L4")) {
      LineId line = new LineId(id);
      for (Period p :
          CalendarPeriods.shifts(
              plant.calendarOf(plant.line(line)),
              line,
              LocalDate.of(2026, 11, 23),
              LocalDate.of(2026, 11, 30))) {
        records.add(new PeriodRecord(p, List.of(), List.of(), List.of()));
      }
    }
    // 4 lines x 5 days x 16 h x 4375/h = 1 400 000 rounds; nothing made yet: attainment 0.
    NameplateAttainment n = NameplateAttainment.of(plant, records);
    assertThat(n.nameplate()).isCloseTo(1_400_000, within(1e-6));
    assertThat(n.attainment()).hasValue(0.0);
    assertThat(records).hasSize(40);
    assertThat(records.get(0).period().localStart())
        .isEqualTo(LocalDateTime.of(2026, 11, 23, 6, 0));
  }
}
