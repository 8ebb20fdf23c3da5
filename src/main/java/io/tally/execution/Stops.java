package io.tally.execution;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.plant.model.Line;
import io.tally.plant.model.StopReason;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** Stops of a line, with a reason code from the plant file; at most one open per line. */
@Service
public class Stops {
  private final PlantLookup plant;
  private final ExecutionQueries queries;
  private final Ledger ledger;
  private final LedgerLock lock;
  private final Commands commands;
  private final LateEntry late;
  private final CorrectionQueries corrections;

  Stops(
      PlantLookup plant,
      ExecutionQueries queries,
      Ledger ledger,
      LedgerLock lock,
      Commands commands,
      LateEntry late,
      CorrectionQueries corrections) {
    this.plant = plant;
    this.queries = queries;
    this.ledger = ledger;
    this.lock = lock;
    this.commands = commands;
    this.late = late;
    this.corrections = corrections;
  }

  public StopView start(Actor actor, String key, String lineId, StopRequest r) {
    Line line = plant.line(lineId);
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
    return commands.run(
        actor,
        key,
        "stop.start",
        new StopCommand(lineId, reason.code(), r.occurredAt()),
        StopView.class,
        () -> {
          lock.hold();
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
        });
  }

  public StopView end(Actor actor, String key, String lineId) {
    return end(actor, key, lineId, new StopEndRequest(null));
  }

  public StopView end(Actor actor, String key, String lineId, StopEndRequest r) {
    Line line = plant.line(lineId);
    return commands.run(
        actor,
        key,
        "stop.end",
        new StopCommand(lineId, null, r.occurredAt()),
        StopView.class,
        () -> {
          lock.hold();
          StopView open =
              queries
                  .openStop(line.id())
                  .orElseThrow(
                      () ->
                          CommandRejected.conflict(
                              "line", "line " + line.id() + " has no open stop"));
          Instant at =
              late.at(actor, r.occurredAt(), open.startedAt(), "stop " + open.stop() + " started");
          ledger.append(
              actor, new ExecutionEvent.StopEnded(open.stop(), line.id(), at, late.late(at)));
          return queries.stop(open.stop()).orElseThrow();
        });
  }

  /** What an idempotency key is bound to (a record, so its JSON form is stable). */
  record StopCommand(String line, String reason, Instant occurredAt) {}
}
