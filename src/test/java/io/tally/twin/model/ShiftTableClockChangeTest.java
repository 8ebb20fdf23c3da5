package io.tally.twin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tally.plant.model.CalendarId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Shift;
import io.tally.plant.model.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The twin's line works the elapsed hours of its shifts: 9 on the autumn night, 7 in spring. */
class ShiftTableClockChangeTest {
  private static final WorkCalendar NIGHTS =
      new WorkCalendar(
          new CalendarId("N"),
          "Nights",
          List.of(new Shift("N", LocalTime.of(22, 0), LocalTime.of(6, 0))),
          EnumSet.allOf(DayOfWeek.class),
          Set.of(),
          365,
          List.of(),
          ZoneId.of("Europe/Madrid"));

  private static double hoursOfTheNightOf(LocalDateTime noon) {
    // From noon to the next noon: exactly one night shift, and 24 h of wall clock either way.
    ShiftTable t = ShiftTable.of(NIGHTS, new LineId("L1"), noon, 30, 0);
    return t.workingHours(23);
  }

  @Test
  void theAutumnNightIsNineHoursOfWork() {
    assertThat(hoursOfTheNightOf(LocalDateTime.of(2026, 10, 24, 12, 0))).isCloseTo(9, within(1e-9));
  }

  @Test
  void theSpringNightIsSevenHoursOfWork() {
    assertThat(hoursOfTheNightOf(LocalDateTime.of(2026, 3, 28, 12, 0))).isCloseTo(7, within(1e-9));
  }

  @Test
  void anOrdinaryNightIsEight() {
    assertThat(hoursOfTheNightOf(LocalDateTime.of(2026, 11, 7, 12, 0))).isCloseTo(8, within(1e-9));
  }
}
