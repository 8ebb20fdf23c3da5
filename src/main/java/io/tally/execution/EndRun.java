package io.tally.execution;

import io.tally.execution.lot.CloseRule;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import io.tally.plant.model.LineId;
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
    RunView run = queries.requireOpenRun(command.run());
    Instant now = plant.now();
    if (run.currentLot() != null) {
      lots.close(actor, run.currentLot(), CloseRule.RUN_ENDED, now);
    }
    ledger.append(
        actor, new ExecutionEvent.RunEnded(new RunId(run.run()), new LineId(run.line()), now));
    return queries.run(command.run()).orElseThrow();
  }
}
