package io.tally.periods;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.periods.PeriodEvent.PeriodCarriedForward;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed months, for every module: the one check a command asks before it books something that
 * happened in a past month ({@link #assertOpen}), and the statements of months.
 */
@Service
public class Periods {
  private final JdbcClient jdbc;
  private final PeriodCalendar calendar;
  private final PeriodProperties properties;
  private final PeriodStatements statements;
  private final ClosedMonths closed;
  private final Ledger ledger;

  Periods(
      JdbcClient jdbc,
      PeriodCalendar calendar,
      PeriodProperties properties,
      PeriodStatements statements,
      ClosedMonths closed,
      Ledger ledger) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.properties = properties;
    this.statements = statements;
    this.closed = closed;
    this.ledger = ledger;
  }

  /**
   * Refuses (409 naming {@code field}) an entry about something that happened ({@code occurredAt})
   * in a closed month; under CARRY_FORWARD accepts it instead, appending a PeriodCarriedForward
   * that names the closed month just before the caller's own entries. Call it inside the command,
   * after its other checks and before it appends.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void assertOpen(Actor actor, Instant occurredAt, String field) {
    YearMonth month = calendar.of(occurredAt);
    Optional<Long> closedBy = closeSeq(month);
    if (closedBy.isEmpty()) {
      return;
    }
    if (properties.lateEntries() == PeriodProperties.Rule.REFUSE) {
      throw CommandRejected.conflict(
          field,
          field
              + " falls in period "
              + month
              + ", which is closed (ledger entry "
              + closedBy.get()
              + "); corrections to a closed period are refused");
    }
    ledger.append(
        actor, new PeriodCarriedForward(month, calendar.of(calendar.now()), field, occurredAt));
  }

  /** Whether the month is closed. */
  public boolean closed(YearMonth month) {
    return closeSeq(month).isPresent();
  }

  /** The month an instant falls in, in plant time. */
  public YearMonth periodOf(Instant instant) {
    return calendar.of(instant);
  }

  /** When the month ends (the next one begins), in plant time. */
  public Instant end(YearMonth month) {
    return calendar.end(month);
  }

  /** The month's statement: recomputed from the ledger, or as closed once it is. */
  public PeriodStatement statement(YearMonth month) {
    return statements.statement(month);
  }

  /** The months from the first entry's to the current one, newest first, with their status. */
  public List<PeriodSummary> months() {
    return closed.months();
  }

  private Optional<Long> closeSeq(YearMonth month) {
    return jdbc.sql("SELECT seq FROM period_close WHERE period = ?")
        .param(month.toString())
        .query(Long.class)
        .optional();
  }
}
