package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.quality.StreamCommands.ApproveReduced;
import io.tally.quality.sampling.InspectionStream;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Switches a stream to reduced inspection when its rules allow it (normal inspection, a switching
 * score of 30, steady production), on a quality user's approval.
 */
@Component
class ApproveReducedInspection implements CommandHandler<ApproveReduced, StreamView> {
  private final Ledger ledger;
  private final StreamHistory history;
  private final ClassStreams streams;
  private final Clock clock;

  ApproveReducedInspection(
      Ledger ledger, StreamHistory history, ClassStreams streams, Clock clock) {
    this.ledger = ledger;
    this.history = history;
    this.streams = streams;
    this.clock = clock;
  }

  @Override
  public Class<ApproveReduced> commandType() {
    return ApproveReduced.class;
  }

  @Override
  public StreamView handle(ApproveReduced command, Actor actor) {
    StreamId id = command.stream();
    InspectionStream stream = history.replay(id);
    int score = stream.switchingScore();
    try {
      stream.approveReduced(ClassStreams.quality(actor), command.production());
    } catch (IllegalStateException e) {
      throw CommandRejected.conflict("class", e.getMessage());
    }
    ledger.append(
        actor,
        new QualityEvent.ReducedInspectionApproved(
            id.productCode(),
            id.lineId(),
            id.nonconformityClass(),
            id.level(),
            id.aql(),
            actor.name(),
            Instant.now(clock),
            score,
            command.production()));
    return streams.view(id);
  }
}
