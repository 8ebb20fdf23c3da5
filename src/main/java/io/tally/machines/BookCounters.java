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
 * Books a line's counters up to the values sent: the rise since the values last booked in the
 * epoch, read under the ledger lock, so two connectors sending different values never book the same
 * units twice. Good is the rise of processed less the rise of defective; scrap the rise of
 * defective. A rise above the limit is held for a person; values not above those booked are already
 * booked.
 */
@Component
class BookCounters implements CommandHandler<MachineCommands.Book, BookAnswer> {
  private final MachineCounters counters;
  private final CountBooking counts;
  private final Ledger ledger;
  private final Clock clock;

  BookCounters(MachineCounters counters, CountBooking counts, Ledger ledger, Clock clock) {
    this.counters = counters;
    this.counts = counts;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public Class<MachineCommands.Book> commandType() {
    return MachineCommands.Book.class;
  }

  @Override
  public BookAnswer handle(MachineCommands.Book c, Actor actor) {
    CounterState state =
        counters
            .current(c.line())
            .filter(s -> s.epoch() == c.epoch())
            .orElseThrow(
                () ->
                    CommandRejected.conflict(
                        "epoch", "line " + c.line() + " is not at counter epoch " + c.epoch()));
    if (c.processed() <= state.processed() && c.defective() <= state.defective()) {
      return new BookAnswer(Outcome.ALREADY_BOOKED, c.epoch(), state.processed(), 0, 0);
    }
    if (state.holding()) {
      return new BookAnswer(Outcome.HELD, c.epoch(), state.processed(), 0, 0);
    }
    long rise = c.processed() - state.processed();
    long scrap = c.defective() - state.defective();
    if (rise < 0 || scrap < 0) {
      throw CommandRejected.conflict(
          "processed", "a counter of line " + c.line() + " went back; a new epoch comes first");
    }
    if (rise > c.limit()) {
      ledger.append(
          actor,
          new MachineEvent.JumpHeld(
              c.line(),
              c.epoch(),
              state.processed(),
              state.defective(),
              c.processed(),
              c.defective(),
              c.limit(),
              clock.instant()));
      return new BookAnswer(Outcome.HELD, c.epoch(), state.processed(), 0, 0);
    }
    long good = Math.max(0, rise - scrap);
    counts.book(actor, c.line(), good, scrap);
    ledger.append(
        actor,
        new MachineEvent.CounterBooked(
            c.line(),
            c.epoch(),
            c.processed(),
            c.defective(),
            good,
            scrap,
            c.microStops(),
            c.microStopSeconds(),
            clock.instant()));
    return new BookAnswer(Outcome.BOOKED, c.epoch(), c.processed(), good, scrap);
  }
}
