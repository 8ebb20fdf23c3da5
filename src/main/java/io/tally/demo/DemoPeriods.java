package io.tally.demo;

import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.periods.PeriodClosing;
import io.tally.periods.Periods;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * The demo's auditor closes each month once it has ended: five minutes into the next month (plant
 * time), before the day's first step, so a year's demo ends with its finished months closed.
 */
@Component
class DemoPeriods {
  private final Periods periods;
  private final PeriodClosing closing;

  DemoPeriods(Periods periods, PeriodClosing closing) {
    this.periods = periods;
    this.closing = closing;
  }

  /** Plans a close of every month from {@code first}'s to the one before {@code realNow}'s. */
  void plan(DemoSteps steps, DemoUsers users, Instant first, Instant realNow, PrintWriter out) {
    YearMonth last = periods.periodOf(realNow).minusMonths(1);
    for (YearMonth m = periods.periodOf(first); !m.isAfter(last); m = m.plusMonths(1)) {
      YearMonth month = m;
      Instant at = periods.end(month).plus(Duration.ofMinutes(5));
      steps.alone(at, () -> close(users, month, out));
    }
  }

  private void close(DemoUsers users, YearMonth month, PrintWriter out) {
    try {
      closing.close(users.actor(DemoUsers.AUDITOR), IdempotencyKey.NONE, month);
    } catch (CommandRejected e) {
      out.printf("Period %s not closed: %s: %s%n", month, e.field(), e.getMessage());
    }
  }
}
