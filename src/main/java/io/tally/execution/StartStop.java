package io.tally.execution;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Line;
import io.tally.plant.model.StopReason;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Stops a line for a reason code of the plant file; at most one stop is open per line. */
@Component
class StartStop implements CommandHandler<StopCommands.Start, StopView> {
  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final Ledger ledger;
  private final LateEntry late;
  private final CorrectionQueries corrections;

  StartStop(
      PlantLookup plant,
      ExecutionQueries queries,
      Ledger ledger,
      LateEntry late,
      CorrectionQueries corrections) {
    this.plant = plant;
    this.queries = queries;
    this.ledger = ledger;
    this.late = late;
    this.corrections = corrections;
  }

  @Override
  public Class<StopCommands.Start> commandType() {
    return StopCommands.Start.class;
  }

  @Override
  public StopView handle(StopCommands.Start r, Actor actor) {
    Line line = plant.line(r.line().value());
    if (r.reason() == null || r.reason().isBlank()) {
      throw CommandRejected.invalid("reason", "a stop needs a reason code");
    }
    StopReason reason =
        plant
            .plant()
            .findStopReason(r.reason())
            .orElseThrow(
                () ->
                    CommandRejected.invalid("reason", "unknown stop reason '" + r.reason() + "'"));
    queries
        .openStop(line.id())
        .ifPresent(
            open -> {
              throw CommandRejected.conflict(
                  "line", "line " + line.id() + " is already stopped (" + open.stop() + ")");
            });
    String stop = String.format("STOP-%06d", queries.count("line_stop") + 1);
    Instant at =
        late.at(
            actor,
            r.occurredAt(),
            corrections.lastStopEnd(line.id().value()).orElse(null),
            "the end of the line's last stop");
    ledger.append(
        actor,
        new ExecutionEvent.StopStarted(
            stop, line.id(), reason.code(), reason.category(), at, late.late(at)));
    return queries.openStop(line.id()).orElseThrow();
  }
}
