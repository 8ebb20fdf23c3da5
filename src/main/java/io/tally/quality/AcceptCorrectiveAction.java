package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.quality.StreamCommands.RecordCorrectiveAction;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Records the supplier's corrective action on a discontinued stream, accepted by a quality user;
 * the stream restarts on tightened inspection.
 */
@Component
class AcceptCorrectiveAction implements CommandHandler<RecordCorrectiveAction, StreamView> {
  private final Ledger ledger;
  private final StreamHistory history;
  private final ClassStreams streams;
  private final Clock clock;

  AcceptCorrectiveAction(Ledger ledger, StreamHistory history, ClassStreams streams, Clock clock) {
    this.ledger = ledger;
    this.history = history;
    this.streams = streams;
    this.clock = clock;
  }

  @Override
  public Class<RecordCorrectiveAction> commandType() {
    return RecordCorrectiveAction.class;
  }

  @Override
  public StreamView handle(RecordCorrectiveAction command, Actor actor) {
    StreamId id = command.stream();
    try {
      history.replay(id).recordCorrectiveAction(ClassStreams.quality(actor), command.action());
    } catch (IllegalStateException e) {
      throw CommandRejected.conflict("class", e.getMessage());
    }
    ledger.append(
        actor,
        new QualityEvent.CorrectiveActionRecorded(
            id.productCode(),
            id.lineId(),
            id.nonconformityClass(),
            id.level(),
            id.aql(),
            actor.name(),
            Instant.now(clock),
            command.action()));
    return streams.view(id);
  }
}
