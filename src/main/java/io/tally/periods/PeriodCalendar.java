package io.tally.periods;

import io.tally.plant.PlantService;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Months in plant time: the plant file's site time zone ({@code site.timezone}, UTC when the file
 * names none). An entry belongs to the month its recorded time falls in, in that zone.
 */
@Component
class PeriodCalendar {
  private final PlantService plant;
  private final Clock clock;

  PeriodCalendar(PlantService plant, Clock clock) {
    this.plant = plant;
    this.clock = clock;
  }

  ZoneId zone() {
    return plant.plant().site().zone();
  }

  Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(zone()).toInstant();
  }

  Instant end(YearMonth month) {
    return start(month.plusMonths(1));
  }

  YearMonth of(Instant instant) {
    return YearMonth.from(instant.atZone(zone()));
  }

  Instant now() {
    return clock.instant();
  }

  boolean ended(YearMonth month) {
    return !now().isBefore(end(month));
  }
}
