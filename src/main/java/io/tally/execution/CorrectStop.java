package io.tally.execution;

import io.tally.execution.ExecutionEvent.StopCorrected;
import io.tally.execution.ExecutionEvent.StopEnded;
import io.tally.execution.ExecutionEvent.StopStarted;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Events;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.periods.Periods;
import io.tally.plant.model.LineId;
import io.tally.plant.model.StopReason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Corrects a stop: the start, end and reason it should have had, as a new entry naming its
 * StopStarted. The KPIs read stops as corrected. A corrected stop may not end before it starts, lie
 * in the future or overlap another stop of its line.
 */
@Component
class CorrectStop implements CommandHandler<StopCorrectionRequest, StopView> {
  private final PlantLookup plant;
  private final LedgerEntries entries;
  private final ExecutionQueries queries;
  private final CorrectionQueries corrections;
  private final Ledger ledger;
  private final Periods periods;

  CorrectStop(
      PlantLookup plant,
      LedgerEntries entries,
      ExecutionQueries queries,
      CorrectionQueries corrections,
      Ledger ledger,
      Periods periods) {
    this.plant = plant;
    this.entries = entries;
    this.queries = queries;
    this.corrections = corrections;
    this.ledger = ledger;
    this.periods = periods;
  }

  @Override
  public Class<StopCorrectionRequest> commandType() {
    return StopCorrectionRequest.class;
  }

  @Override
  public StopView handle(StopCorrectionRequest r, Actor actor) {
    if (r.reason() == null || r.reason().isBlank()) {
      throw CommandRejected.invalid("reason", "a correction needs a reason");
    }
    Long seq = Quantity.whole("corrects", r.corrects(), 1, Long.MAX_VALUE);
    if ((seq == null) == (r.stop() == null)) {
      throw CommandRejected.invalid(
          "corrects", "name the stop by corrects (a StopStarted or StopEnded entry) or by stop");
    }
    Optional<StopReason> code =
        Optional.ofNullable(r.stopReason())
            .map(
                c ->
                    plant
                        .plant()
                        .findStopReason(c)
                        .orElseThrow(
                            () ->
                                CommandRejected.invalid(
                                    "stopReason", "unknown stop reason '" + c + "'")));
    String id = seq == null ? r.stop() : stopOf(seq);
    StopView stop =
        queries
            .stop(id)
            .orElseThrow(() -> CommandRejected.notFound("stop", "no stop '" + id + "'"));
    Instant start = r.start() == null ? stop.startedAt() : r.start();
    Instant end = r.end() == null ? stop.endedAt() : r.end();
    check(stop, start, end);
    String reason = code.map(c -> c.code()).orElse(stop.reason());
    StopReason.Category category =
        code.map(StopReason::category).orElse(StopReason.Category.valueOf(stop.category()));
    if (start.equals(stop.startedAt())
        && Objects.equals(end, stop.endedAt())
        && reason.equals(stop.reason())) {
      throw CommandRejected.invalid("stopReason", "stop " + id + " already stands so");
    }
    periods.assertOpen(actor, stop.startedAt(), "stop");
    periods.assertOpen(actor, start, "start");
    long started = corrections.startedSeq(id);
    ledger.appendCorrection(
        actor,
        started,
        new StopCorrected(
            id, new LineId(stop.line()), reason, category, start, end, r.reason().strip()));
    return queries.stop(id).orElseThrow();
  }

  private void check(StopView stop, Instant start, Instant end) {
    Instant now = plant.now();
    if (start.isAfter(now)) {
      throw CommandRejected.invalid("start", "start " + start + " is in the future");
    }
    if (end == null && stop.endedAt() != null) {
      throw CommandRejected.invalid("end", "stop " + stop.stop() + " has ended; it needs an end");
    }
    if (end != null && stop.endedAt() == null) {
      throw CommandRejected.invalid(
          "end", "stop " + stop.stop() + " is still open: end it, then correct its end");
    }
    if (end != null && (end.isAfter(now) || !end.isAfter(start))) {
      throw CommandRejected.invalid(
          "end", "end " + end + " must be after start " + start + " and not in the future");
    }
    Instant until = end == null ? now : end;
    for (StopView other :
        queries.stopsOverlapping(new LineId(stop.line()), start, until.plusMillis(1))) {
      if (!other.stop().equals(stop.stop())) {
        throw CommandRejected.invalid(
            "start",
            "the corrected stop would overlap stop " + other.stop() + " of line " + stop.line());
      }
    }
  }

  /** The stop a StopStarted or StopEnded entry belongs to. */
  private String stopOf(long seq) {
    LedgerEntry entry =
        entries
            .find(seq)
            .orElseThrow(
                () ->
                    CommandRejected.notFound(
                        "corrects", "ledger entry " + seq + " does not exist"));
    return Events.read(entry, StopStarted.class)
        .map(StopStarted::stop)
        .or(() -> Events.read(entry, StopEnded.class).map(StopEnded::stop))
        .orElseThrow(
            () ->
                CommandRejected.invalid(
                    "corrects",
                    "ledger entry "
                        + seq
                        + " is a "
                        + entry.type()
                        + ", not a StopStarted or StopEnded"));
  }
}
