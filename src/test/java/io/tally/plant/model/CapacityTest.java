package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CapacityTest {
  private final Plant plant = PlantFileReader.readDefault();

  @Test
  void referencePlantDerivesExactlySeventyMillion() {
    Capacity capacity = Capacity.of(plant);
    assertThat(capacity.designedNameplate()).isEqualTo(70_000_000L);
    assertThat(capacity.availableNameplate()).isEqualTo(70_000_000L);
    assertThat(capacity.lines())
        .filteredOn(l -> l.stage().equals("S1"))
        .allSatisfy(
            l -> {
              assertThat(l.ratedPerHour()).isEqualTo(4375.0);
              assertThat(l.plannedBusyHours()).isEqualTo(4000.0);
              assertThat(l.nameplate()).isEqualTo(17_500_000L);
            });
  }

  @Test
  void linesThatMayNotTakeWorkCountInDesignedButNotAvailable() {
    Capacity capacity =
        Capacity.of(
            plant, l -> l.id().value().equals("L1") ? LineState.UNDER_MAINTENANCE : l.state());
    assertThat(capacity.designedNameplate()).isEqualTo(70_000_000L);
    assertThat(capacity.availableNameplate()).isEqualTo(52_500_000L);
    assertThat(capacity.stages())
        .filteredOn(s -> s.id().equals("S1"))
        .singleElement()
        .satisfies(s -> assertThat(s.available()).isEqualTo(52_500_000L));
  }

  @Test
  void referencePlantHasTheIdsOtherIssuesRelyOn() {
    assertThat(plant.lines()).extracting(l -> l.id().value()).contains("L1", "L2", "L3", "L4");
    assertThat(plant.products())
        .extracting(p -> p.code().value())
        .containsExactly("762x39-BALL-SC", "762x39-TRACER", "762x39-BLANK");
    assertThat(plant.customers())
        .extracting(c -> c.id().value())
        .containsExactly("ARMY", "POLICE", "LAW-ENF");
    Line l3 = plant.line(new LineId("L3"));
    assertThat(
            l3.changeoverMinutes(new ProductCode("762x39-TRACER"), new ProductCode("762x39-BLANK")))
        .isEqualTo(90);
    assertThat(plant.actsCovering(l3)).hasSize(1);
    assertThat(plant.linesOf(new StageId("S2"))).allMatch(l -> l.state() == LineState.PLANNED);
  }

  @Test
  void calendarOfAStandardYearStartingOnMondayHas4176Hours() {
    // twin-validation.md vector 8: 365 days from a Monday, 2 x 8 h Monday to Friday, no holidays.
    WorkCalendar cal =
        new WorkCalendar(
            new CalendarId("C"),
            "c",
            plant.calendars().get(0).shifts(),
            plant.calendars().get(0).workingDays(),
            java.util.Set.of(),
            250,
            java.util.List.of());
    LocalDate monday = LocalDate.of(2029, 1, 1);
    double hours =
        cal.shiftIntervals(monday, monday.plusDays(365)).stream()
            .mapToDouble(Interval::hours)
            .sum();
    assertThat(hours).isEqualTo(4176.0);
  }

  @Test
  void maintenanceWindowsAreCutOutOfTheLinesWorkingTime() {
    WorkCalendar cal = plant.calendars().get(0);
    LocalDate day = LocalDate.of(2026, 12, 28);
    double l1 =
        cal.workingIntervals(new LineId("L1"), day, day.plusDays(1)).stream()
            .mapToDouble(Interval::hours)
            .sum();
    double l2 =
        cal.workingIntervals(new LineId("L2"), day, day.plusDays(1)).stream()
            .mapToDouble(Interval::hours)
            .sum();
    assertThat(l1).isZero();
    assertThat(l2).isEqualTo(16.0);
  }
}
