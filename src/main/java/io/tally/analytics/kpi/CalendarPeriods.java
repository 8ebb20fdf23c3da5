package io.tally.analytics.kpi;

import io.tally.plant.model.Interval;
import io.tally.plant.model.LineId;
import io.tally.plant.model.MaintenanceWindow;
import io.tally.plant.model.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods of a line from its work calendar: one per shift, maintenance as planned downtime. The
 * shifts are elapsed time in the calendar's (the site's) zone, and each period keeps the zone so
 * that it rolls up into the day, week and month of its wall-clock start.
 */
public final class CalendarPeriods {
  private CalendarPeriods() {}

  /** One period per shift starting on days in [from, to). */
  public static List<Period> shifts(
      WorkCalendar calendar, LineId line, LocalDate from, LocalDate to) {
    List<Period> out = new ArrayList<>();
    for (Interval shift : calendar.shiftIntervals(from, to)) {
      List<Interval> down = new ArrayList<>();
      for (MaintenanceWindow mw : calendar.maintenance()) {
        Interval w = mw.interval(calendar.zone());
        if (mw.appliesTo(line)
            && w.start().isBefore(shift.end())
            && w.end().isAfter(shift.start())) {
          down.add(
              new Interval(
                  w.start().isAfter(shift.start()) ? w.start() : shift.start(),
                  w.end().isBefore(shift.end()) ? w.end() : shift.end()));
        }
      }
      out.add(new Period(line, shift, down, calendar.zone()));
    }
    return out;
  }
}
