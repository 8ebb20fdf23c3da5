package io.tally.machines;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import io.tally.plant.model.LineId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The facts the machine connector records in the ledger (docs/events.md). The counts themselves are
 * execution's CountReported; these say which counter values they came from, so that a value is
 * booked once.
 */
public sealed interface MachineEvent extends Event {

  /**
   * A line's counters entered a new epoch: first seen ({@code previousProcessed} null: counting
   * starts from the values read, nothing before is booked) or gone backwards (a reset: the new
   * epoch counts from zero, so what the machine made since its reset is booked).
   */
  @EventType("MachineCounterEpochStarted")
  record EpochStarted(
      LineId line,
      long epoch,
      @Nullable Long previousProcessed,
      @Nullable Long previousDefective,
      long processed,
      long defective,
      Instant at)
      implements MachineEvent {}

  /**
   * Counters booked up to these cumulative values of the epoch, as {@code good} and {@code scrap}
   * in the CountReported entries of the same transaction; micro-stops summed since the last.
   */
  @EventType("MachineCounterBooked")
  record CounterBooked(
      LineId line,
      long epoch,
      long processed,
      long defective,
      long good,
      long scrap,
      int microStops,
      long microStopSeconds,
      Instant at)
      implements MachineEvent {}

  /** A rise above the plausibility limit, held until a person confirms or refuses it. */
  @EventType("MachineCounterJumpHeld")
  record JumpHeld(
      LineId line,
      long epoch,
      long fromProcessed,
      long fromDefective,
      long processed,
      long defective,
      long limit,
      Instant at)
      implements MachineEvent {}

  /** A person's decision on a held jump: booked (confirmed) or skipped (refused), and why. */
  @EventType("MachineCounterJumpDecided")
  record JumpDecided(
      LineId line,
      long epoch,
      long processed,
      long defective,
      boolean confirmed,
      String reason,
      Instant at)
      implements MachineEvent {}
}
