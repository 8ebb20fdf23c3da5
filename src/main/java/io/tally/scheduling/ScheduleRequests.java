package io.tally.scheduling;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.tally.input.Day;
import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import java.time.LocalDate;

/** The requests of the schedule API. */
final class ScheduleRequests {
  private ScheduleRequests() {}

  /** Start a solve from a day (today when absent) for at most a number of seconds (default 30). */
  record Solve(@Day LocalDate from, Integer timeLimitSeconds) {}

  /** Re-plan from today because of a line (with the reason), started jobs pinned. */
  record Repair(@Ident String line, @Text String reason) {}

  /**
   * Accept the plan {@code from} a day that solve {@code schedule} found. The idempotency key is
   * bound to the solve alone: the plan is what that solve found.
   */
  @CommandName("schedule.accept")
  record Accept(
      String schedule,
      @JsonIgnore LocalDate from,
      @JsonIgnore io.tally.scheduling.solver.Schedule plan)
      implements Command<AcceptedSchedule> {
    @Override
    public Class<AcceptedSchedule> answerType() {
      return AcceptedSchedule.class;
    }
  }

  /** The answer to a start: the solve's id. */
  record Started(String id) {}
}
