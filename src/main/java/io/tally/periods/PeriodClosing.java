package io.tally.periods;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.Ledger;
import java.time.YearMonth;
import org.springframework.stereotype.Service;

/**
 * Closing a month from the API, the command line or the demo: first a signed checkpoint of the head
 * (in its own transaction, so the close can rest on one covering the whole month), then the {@link
 * ClosePeriod} command.
 */
@Service
public class PeriodClosing {
  private final Ledger ledger;
  private final CommandExecutor commands;

  PeriodClosing(Ledger ledger, CommandExecutor commands) {
    this.ledger = ledger;
    this.commands = commands;
  }

  public PeriodStatement close(Actor actor, IdempotencyKey key, YearMonth period) {
    ledger.checkpointNow();
    return commands.execute(actor, key, new ClosePeriod(period));
  }
}
