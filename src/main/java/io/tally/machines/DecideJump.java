package io.tally.machines;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.machines.MachineCommands.BookAnswer;
import io.tally.machines.MachineCommands.Outcome;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * A person's decision on a held jump. Confirmed, the rise is booked into the open run (refused
 * while none is open, so nothing is lost); refused, the counters move on to the held values and the
 * rise is never booked. Either way the decision and its reason are in the ledger.
 */
@Component
class DecideJump implements CommandHandler<MachineCommands.Decide, BookAnswer> {
  private final MachineCounters counters;
  private final CountBooking counts;
  private final Ledger ledger;
  private final Clock clock;

  DecideJump(MachineCounters counters, CountBooking counts, Ledger ledger, Clock clock) {
    this.counters = counters;
    this.counts = counts;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public Class<MachineCommands.Decide> commandType() {
    return MachineCommands.Decide.class;
  }

  @Override
  public BookAnswer handle(MachineCommands.Decide c, Actor actor) {
    if (c.reason() == null || c.reason().isBlank() || c.reason().length() > 500) {
      throw CommandRejected.invalid("reason", "a decision needs a reason of 1-500 characters");
    }
    CounterState s =
        counters
            .current(c.line())
            .filter(CounterState::holding)
            .orElseThrow(
                () ->
                    CommandRejected.conflict(
                        "line", "line " + c.line() + " has no counter jump waiting"));
    long processed = s.heldProcessed();
    long defective = s.heldDefective() == null ? s.defective() : s.heldDefective();
    long rise = processed - s.processed();
    long scrap = Math.max(0, defective - s.defective());
    long good = Math.max(0, rise - scrap);
    if (c.confirm()) {
      counts.book(actor, c.line(), good, scrap);
    }
    ledger.append(
        actor,
        new MachineEvent.JumpDecided(
            c.line(), s.epoch(), processed, defective, c.confirm(), c.reason(), clock.instant()));
    return c.confirm()
        ? new BookAnswer(Outcome.BOOKED, s.epoch(), processed, good, scrap)
        : new BookAnswer(Outcome.REFUSED, s.epoch(), processed, 0, 0);
  }
}
