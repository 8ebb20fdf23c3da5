package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shifts are elapsed time in the site's zone: a night shift across a clock change is 9 or 7 h. */
class CalendarTimeZoneTest {
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  private static final ZoneId CARACAS = ZoneId.of("America/Caracas");

  private static WorkCalendar threeShifts(ZoneId zone, List<MaintenanceWindow> maintenance) {
    return new WorkCalendar(
        new CalendarId("C"),
        "Three shifts, every day",
        List.of(
            new Shift("M", LocalTime.of(6, 0), LocalTime.of(14, 0)),
            new Shift("A", LocalTime.of(14, 0), LocalTime.of(22, 0)),
            new Shift("N", LocalTime.of(22, 0), LocalTime.of(6, 0))),
        EnumSet.allOf(DayOfWeek.class),
        Set.of(),
        365,
        maintenance,
        zone);
  }

  private static List<Interval> shiftsOf(WorkCalendar c, LocalDate day) {
    return c.shiftIntervals(day, day.plusDays(1));
  }

  @Test
  void theNightShiftWhenTheClocksGoBackInMadridLastsNineHours() {
    // 25 Oct 2026, 03:00 CEST becomes 02:00 CET: the 22:00-06:00 shift of the 24th is 9 h long.
    List<Interval> day = shiftsOf(threeShifts(MADRID, List.of()), LocalDate.of(2026, 10, 24));
    assertThat(day)
        .extracting(Interval::length)
        .containsExactly(Duration.ofHours(8), Duration.ofHours(8), Duration.ofHours(9));
    assertThat(day.get(2).start()).isEqualTo(Instant.parse("2026-10-24T20:00:00Z"));
    assertThat(day.get(2).end()).isEqualTo(Instant.parse("2026-10-25T05:00:00Z"));
    // The day of the change itself: all three shifts are ordinary again (the change is over).
    assertThat(shiftsOf(threeShifts(MADRID, List.of()), LocalDate.of(2026, 10, 25)))
        .extracting(Interval::length)
        .containsOnly(Duration.ofHours(8));
  }

  @Test
  void theNightShiftWhenTheClocksGoForwardInMadridLastsSevenHours() {
    // 29 Mar 2026, 02:00 CET becomes 03:00 CEST: the 22:00-06:00 shift of the 28th is 7 h long.
    List<Interval> day = shiftsOf(threeShifts(MADRID, List.of()), LocalDate.of(2026, 3, 28));
    assertThat(day)
        .extracting(Interval::length)
        .containsExactly(Duration.ofHours(8), Duration.ofHours(8), Duration.ofHours(7));
    // An afternoon and a night shift on 28/29 Mar: 16 h on the wall clock, 15 h pass.
    assertThat(day.get(1).hours() + day.get(2).hours()).isEqualTo(15.0);
  }

  @Test
  void aMaintenanceWindowAcrossTheChangeIsTheTimeThatPasses() {
    // Maintenance 00:00-06:00 on the wall clock of 25 Oct 2026 takes 7 h out of the night shift.
    MaintenanceWindow w =
        new MaintenanceWindow(
            List.of(),
            LocalDateTime.of(2026, 10, 25, 0, 0),
            LocalDateTime.of(2026, 10, 25, 6, 0),
            "overhaul");
    WorkCalendar c = threeShifts(MADRID, List.of(w));
    List<Interval> work =
        c.workingIntervals(
            new LineId("L1"), LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25));
    assertThat(work.stream().mapToDouble(Interval::hours).sum()).isEqualTo(8 + 8 + 2);
  }

  @Test
  void caracasHasNoChangeAndShiftsAreItsWallClockHours() {
    WorkCalendar c = threeShifts(CARACAS, List.of());
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
      assertThat(shiftsOf(c, d)).extracting(Interval::length).containsOnly(Duration.ofHours(8));
    }
    // 06:00 in Caracas is 10:00 UTC (UTC-4 all year).
    assertThat(shiftsOf(c, LocalDate.of(2026, 10, 24)).get(0).start())
        .isEqualTo(Instant.parse("2026-10-24T10:00:00Z"));
  }

  @Test
  void thePlantPlacesItsCalendarsInTheSiteZone() {
    Plant reference = PlantFileReader.readDefault();
    Site madrid =
        new Site(
            reference.site().id(),
            reference.site().name(),
            reference.site().manufacturerSymbol(),
            MADRID);
    Plant moved =
        new Plant(
            madrid,
            reference.calendars(),
            reference.stages(),
            reference.products(),
            reference.lines(),
            reference.acceptanceActs(),
            reference.stopReasons(),
            reference.customers(),
            reference.locations());
    assertThat(reference.calendars())
        .extracting(WorkCalendar::zone)
        .containsOnly(ZoneId.of("America/Caracas"));
    assertThat(moved.calendars()).extracting(WorkCalendar::zone).containsOnly(MADRID);
    // Monday 2 Nov 2026, 06:00 in Madrid (CET) is 05:00 UTC.
    assertThat(
            moved
                .calendars()
                .get(0)
                .shiftIntervals(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3))
                .get(0)
                .start())
        .isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
  }
}
