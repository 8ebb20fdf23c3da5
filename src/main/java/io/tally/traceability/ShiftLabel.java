package io.tally.traceability;

import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Shift;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The shift an instant falls in on a line, as the plant's day the shift started and the shift's
 * name ({@code 2026-11-02 A}); a time outside every shift is named by its day alone.
 */
final class ShiftLabel {
  private ShiftLabel() {}

  static String of(Plant plant, String line, Instant at) {
    LocalDateTime t = LocalDateTime.ofInstant(at, plant.site().zone());
    var calendar = plant.findLine(new LineId(line)).map(plant::calendarOf).orElse(null);
    if (calendar != null) {
      for (LocalDate day : new LocalDate[] {t.toLocalDate(), t.toLocalDate().minusDays(1)}) {
        for (Shift s : calendar.shifts()) {
          LocalDateTime start = day.atTime(s.start());
          if (!t.isBefore(start) && t.isBefore(start.plusMinutes(s.lengthMinutes()))) {
            return day + " " + s.name();
          }
        }
      }
    }
    return t.toLocalDate() + " (no shift)";
  }
}
