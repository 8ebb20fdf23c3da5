package io.tally.analytics.kpi;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * The buckets periods roll up into. A period belongs to the bucket of its start, as a shift that
 * crosses midnight belongs to the day it starts on in the work calendar. The start is wall-clock
 * time of the site. Labels sort in time order.
 */
public enum Granularity {
  SHIFT,
  DAY,
  WEEK,
  MONTH;

  public String label(LocalDateTime start) {
    return switch (this) {
      case SHIFT -> start.toString();
      case DAY -> start.toLocalDate().toString();
      case WEEK ->
          String.format(
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> YearMonth.from(start).toString();
    };
  }
}
