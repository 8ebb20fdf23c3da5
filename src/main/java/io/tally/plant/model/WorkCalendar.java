package io.tally.plant.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A working calendar: shifts on working week days, less holidays. The standard year (a number of
 * working days) is what the nameplate is derived from; dated planning uses the real days.
 */
public record WorkCalendar(
    CalendarId id,
    String name,
    List<Shift> shifts,
    Set<DayOfWeek> workingDays,
    Set<LocalDate> holidays,
    int standardYearWorkingDays,
    List<MaintenanceWindow> maintenance) {

  public WorkCalendar {
    shifts = shifts.stream().sorted(Comparator.comparingInt(Shift::startMinute)).toList();
    workingDays = Set.copyOf(workingDays);
    holidays = Set.copyOf(holidays);
    maintenance = List.copyOf(maintenance);
    if (standardYearWorkingDays < 0 || standardYearWorkingDays > 366) {
      throw new IllegalArgumentException("standard year working days must be 0 to 366");
    }
  }

  /** Hours of all shifts in one working day. */
  public double shiftHoursPerDay() {
    return shifts.stream().mapToInt(Shift::lengthMinutes).sum() / 60.0;
  }

  /** Planned busy hours of the standard year: working days x shift hours per day. */
  public double standardYearHours() {
    return standardYearWorkingDays * shiftHoursPerDay();
  }

  public boolean isWorkingDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /**
   * The shift intervals that start on days in [from, to), in time order, before maintenance is
   * taken out. A shift that crosses midnight belongs to the day it starts on.
   */
  public List<Interval> shiftIntervals(LocalDate from, LocalDate to) {
    List<Interval> out = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (!isWorkingDay(d)) {
        continue;
      }
      for (Shift s : shifts) {
        LocalDateTime start = d.atTime(s.start());
        out.add(new Interval(start, start.plusMinutes(s.lengthMinutes())));
      }
    }
    return out;
  }

  /** Working intervals of a line in [from, to), with its maintenance windows cut out. */
  public List<Interval> workingIntervals(LineId line, LocalDate from, LocalDate to) {
    List<Interval> intervals = shiftIntervals(from, to);
    for (MaintenanceWindow w : maintenance) {
      if (w.appliesTo(line)) {
        intervals = Interval.subtract(intervals, new Interval(w.start(), w.end()));
      }
    }
    return intervals;
  }
}
