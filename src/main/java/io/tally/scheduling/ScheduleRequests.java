package io.tally.scheduling;

import io.tally.input.Day;
import io.tally.input.Ident;
import io.tally.input.Text;
import java.time.LocalDate;

/** The requests of the schedule API. */
final class ScheduleRequests {
  private ScheduleRequests() {}

  /** Start a solve from a day (today when absent) for at most a number of seconds (default 30). */
  record Solve(@Day LocalDate from, Integer timeLimitSeconds) {}

  /** Re-plan from today because of a line (with the reason), started jobs pinned. */
  record Repair(@Ident String line, @Text String reason) {}

  /** The answer to a start: the solve's id. */
  record Started(String id) {}
}
