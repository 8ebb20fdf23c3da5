package io.tally.plant.model;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A planned maintenance window on some lines (all lines of the calendar when the list is empty), in
 * the wall-clock time of the site, as the plant file writes it.
 */
public record MaintenanceWindow(
    List<LineId> lines, LocalDateTime start, LocalDateTime end, String reason) {
  public MaintenanceWindow {
    lines = List.copyOf(lines);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("maintenance window ends before it starts");
    }
    reason = reason == null ? "" : reason;
  }

  /** The window as elapsed time, its wall-clock ends resolved in the calendar's time zone. */
  public Interval interval(ZoneId zone) {
    return new Interval(WorkCalendar.instant(start, zone), WorkCalendar.instant(end, zone));
  }

  public boolean appliesTo(LineId line) {
    return lines.isEmpty() || lines.contains(line);
  }
}
