package io.tally.machines;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Starts a line's next counter epoch. A second connector that saw the same reset asks for the same
 * epoch; it gets the epoch already started, not a second one.
 */
@Component
class StartEpoch implements CommandHandler<MachineCommands.StartEpoch, CounterState> {
  private final MachineCounters counters;
  private final Ledger ledger;
  private final Clock clock;

  StartEpoch(MachineCounters counters, Ledger ledger, Clock clock) {
    this.counters = counters;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public Class<MachineCommands.StartEpoch> commandType() {
    return MachineCommands.StartEpoch.class;
  }

  @Override
  public CounterState handle(MachineCommands.StartEpoch c, Actor actor) {
    Optional<CounterState> current = counters.current(c.line());
    long next = current.map(s -> s.epoch() + 1).orElse(1L);
    if (c.epoch() < next) {
      return current.orElseThrow();
    }
    if (c.epoch() > next) {
      throw CommandRejected.conflict(
          "epoch", "line " + c.line() + " is at epoch " + (next - 1) + ", not " + (c.epoch() - 1));
    }
    ledger.append(
        actor,
        new MachineEvent.EpochStarted(
            c.line(),
            c.epoch(),
            c.previousProcessed(),
            c.previousDefective(),
            c.processed(),
            c.defective(),
            clock.instant()));
    return counters.current(c.line()).orElseThrow();
  }
}
