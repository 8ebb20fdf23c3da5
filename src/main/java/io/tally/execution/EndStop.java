package io.tally.execution;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Line;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Ends the open stop of a line. */
@Component
class EndStop implements CommandHandler<StopCommands.End, StopView> {
  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final Ledger ledger;
  private final LateEntry late;

  EndStop(PlantLookup plant, ExecutionQueries queries, Ledger ledger, LateEntry late) {
    this.plant = plant;
    this.queries = queries;
    this.ledger = ledger;
    this.late = late;
  }

  @Override
  public Class<StopCommands.End> commandType() {
    return StopCommands.End.class;
  }

  @Override
  public StopView handle(StopCommands.End r, Actor actor) {
    Line line = plant.line(r.line().value());
    StopView open =
        queries
            .openStop(line.id())
            .orElseThrow(
                () -> CommandRejected.conflict("line", "line " + line.id() + " has no open stop"));
    Instant at =
        late.at(actor, r.occurredAt(), open.startedAt(), "stop " + open.stop() + " started");
    ledger.append(actor, new ExecutionEvent.StopEnded(open.stop(), line.id(), at, late.late(at)));
    return queries.stop(open.stop()).orElseThrow();
  }
}
