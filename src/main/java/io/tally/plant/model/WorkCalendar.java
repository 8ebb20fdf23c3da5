package io.tally.plant.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A working calendar: shifts on working week days, less holidays. The standard year (a number of
 * working days) is what the nameplate is derived from; dated planning uses the real days.
 *
 * <p>Shifts and maintenance windows are wall-clock times of the site; the calendar resolves them
 * into instants in its time zone (the site's: {@link Plant} places its calendars there), so that
 * every interval it gives is elapsed time. A 22:00-06:00 shift is 8 hours on most nights, 9 on the
 * night the clocks go back and 7 on the night they go forward.
 */
public record WorkCalendar(
    CalendarId id,
    String name,
    List<Shift> shifts,
    Set<DayOfWeek> workingDays,
    Set<LocalDate> holidays,
    int standardYearWorkingDays,
    List<MaintenanceWindow> maintenance,
    ZoneId zone) {

  public WorkCalendar {
    Objects.requireNonNull(zone, "zone");
    shifts = shifts.stream().sorted(Comparator.comparingInt(Shift::startMinute)).toList();
    workingDays = Set.copyOf(workingDays);
    holidays = Set.copyOf(holidays);
    maintenance = List.copyOf(maintenance);
    if (standardYearWorkingDays < 0 || standardYearWorkingDays > 366) {
      throw new IllegalArgumentException("standard year working days must be 0 to 366");
    }
  }

  /** A calendar in UTC, until a plant places it at its site. */
  public WorkCalendar(
      CalendarId id,
      String name,
      List<Shift> shifts,
      Set<DayOfWeek> workingDays,
      Set<LocalDate> holidays,
      int standardYearWorkingDays,
      List<MaintenanceWindow> maintenance) {
    this(
        id,
        name,
        shifts,
        workingDays,
        holidays,
        standardYearWorkingDays,
        maintenance,
        ZoneOffset.UTC);
  }

  /** The same calendar in another time zone (its wall-clock times unchanged). */
  public WorkCalendar inZone(ZoneId other) {
    return other.equals(zone)
        ? this
        : new WorkCalendar(
            id, name, shifts, workingDays, holidays, standardYearWorkingDays, maintenance, other);
  }

  /**
   * The instant of a wall-clock time of the site. In the hour the clocks go back, the earlier of
   * the two instants (summer time); a time the clocks skip is moved forward by the gap, as {@link
   * java.time.ZonedDateTime} does.
   */
  public static Instant instant(LocalDateTime wallClock, ZoneId zone) {
    return wallClock.atZone(zone).toInstant();
  }

  /** The instant of a wall-clock time in this calendar's zone. */
  public Instant instant(LocalDateTime wallClock) {
    return instant(wallClock, zone);
  }

  /** The wall-clock time of the site at an instant. */
  public LocalDateTime wallClock(Instant t) {
    return LocalDateTime.ofInstant(t, zone);
  }

  /** Nominal (wall-clock) hours of all shifts in one working day: the standard year's measure. */
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
   * taken out. A shift that crosses midnight belongs to the day it starts on. Its ends are its
   * wall-clock start and end resolved in the calendar's zone, so its length is the time that
   * passes.
   */
  public List<Interval> shiftIntervals(LocalDate from, LocalDate to) {
    List<Interval> out = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (!isWorkingDay(d)) {
        continue;
      }
      for (Shift s : shifts) {
        LocalDateTime start = d.atTime(s.start());
        LocalDateTime end = start.plusMinutes(s.lengthMinutes());
        out.add(new Interval(instant(start), instant(end)));
      }
    }
    return out;
  }

  /** Working intervals of a line in [from, to), with its maintenance windows cut out. */
  public List<Interval> workingIntervals(LineId line, LocalDate from, LocalDate to) {
    List<Interval> intervals = shiftIntervals(from, to);
    for (MaintenanceWindow w : maintenance) {
      if (w.appliesTo(line)) {
        intervals = Interval.subtract(intervals, w.interval(zone));
      }
    }
    return intervals;
  }
}
