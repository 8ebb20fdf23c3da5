package io.tally.execution;

import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Ends an open run, closing its open lot (RUN_ENDED). */
@Component
class EndRun implements CommandHandler<RunCommands.End, RunView> {
  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final LotBook lots;
  private final Ledger ledger;

  EndRun(PlantLookup plant, ExecutionQueries queries, LotBook lots, Ledger ledger) {
    this.plant = plant;
    this.queries = queries;
    this.lots = lots;
    this.ledger = ledger;
  }

  @Override
  public Class<RunCommands.End> commandType() {
    return RunCommands.End.class;
  }

  @Override
  public RunView handle(RunCommands.End command, Actor actor) {
    ProductionRun run = queries.requireRun(command.run());
    Instant now = plant.now();
    ExecutionEvent.RunEnded ended = run.end(now);
    LotNumber lot = run.currentLot();
    if (lot != null) {
      lots.close(actor, lot, CloseRule.RUN_ENDED, now);
    }
    ledger.append(actor, ended);
    return queries.run(command.run().value()).orElseThrow();
  }
}
