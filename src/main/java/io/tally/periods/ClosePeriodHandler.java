package io.tally.periods;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Checkpoints;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.periods.PeriodEvent.PeriodClosed;
import io.tally.security.Role;
import io.tally.security.Users;
import java.time.YearMonth;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Closes a month, if an auditor asks, it has ended, the month before it is closed (or nothing was
 * recorded before it), it balances, and a signed checkpoint covers every entry recorded in it.
 */
@Component
class ClosePeriodHandler implements CommandHandler<ClosePeriod, PeriodStatement> {
  // Looked up when a close is asked: module tests of the modules that use periods' guard have no
  // security module.
  private final ObjectProvider<Users> users;
  private final Periods periods;
  private final PeriodCalendar calendar;
  private final LedgerEntries entries;
  private final Checkpoints checkpoints;
  private final Ledger ledger;

  ClosePeriodHandler(
      ObjectProvider<Users> users,
      Periods periods,
      PeriodCalendar calendar,
      LedgerEntries entries,
      Checkpoints checkpoints,
      Ledger ledger) {
    this.users = users;
    this.periods = periods;
    this.calendar = calendar;
    this.entries = entries;
    this.checkpoints = checkpoints;
    this.ledger = ledger;
  }

  @Override
  public Class<ClosePeriod> commandType() {
    return ClosePeriod.class;
  }

  @Override
  public PeriodStatement handle(ClosePeriod command, Actor actor) {
    YearMonth month = command.period();
    if (!users.getObject().hasRole(actor.name(), Role.AUDITOR)) {
      throw CommandRejected.invalid(
          "actor", actor + " is not an AUDITOR: only an auditor closes a period");
    }
    if (periods.closed(month)) {
      throw CommandRejected.conflict("period", "period " + month + " is closed already");
    }
    if (!calendar.ended(month)) {
      throw CommandRejected.conflict(
          "period", "period " + month + " has not ended (it ends " + calendar.end(month) + ")");
    }
    YearMonth previous = month.minusMonths(1);
    if (!periods.closed(previous) && recordedBefore(month)) {
      throw CommandRejected.conflict(
          "period", "period " + previous + " is not closed; close the months in order");
    }
    PeriodStatement s = periods.statement(month);
    if (!s.balanced()) {
      throw CommandRejected.conflict(
          "period",
          "period "
              + month
              + " does not balance ("
              + s.differences().size()
              + " differences, first: "
              + s.differences().get(0).subject()
              + ": "
              + s.differences().get(0).rule()
              + ")");
    }
    Checkpoints.Published checkpoint =
        checkpoints
            .latest()
            .filter(c -> c.treeSize() >= s.lastSeq())
            .orElseThrow(
                () ->
                    CommandRejected.conflict(
                        "checkpoint",
                        "no signed checkpoint covers entry " + s.lastSeq() + " yet; try again"));
    PeriodClosed draft =
        new PeriodClosed(
            month,
            s.zone(),
            s.from(),
            s.to(),
            s.lastSeq(),
            s.products(),
            s.components(),
            s.stores(),
            s.authorisations(),
            Sealed.of(s).sha256(),
            checkpoint.treeSize(),
            checkpoint.rootHash());
    ledger.append(actor, draft);
    return periods.statement(month);
  }

  /** Whether anything was recorded before the month began (else it is the first with activity). */
  private boolean recordedBefore(YearMonth month) {
    return entries.page(1, 1, null).stream()
        .anyMatch(e -> e.time().isBefore(calendar.start(month)));
  }
}
