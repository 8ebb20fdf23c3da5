package io.tally.machines;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import io.tally.kernel.IdempotencyKey;
import io.tally.plant.model.LineId;
import org.jspecify.annotations.Nullable;

/**
 * The connector's commands. Their idempotency keys are derived from (line, counter epoch, counter
 * values), so the same values sent twice (a QoS 1 redelivery, a reconnect, a second connector, a
 * restart) take effect once.
 */
public final class MachineCommands {
  private MachineCommands() {}

  /** The key of a booking up to these values; at most 135 characters for a 64-character line. */
  static IdempotencyKey bookingKey(LineId line, long epoch, long processed, long defective) {
    return new IdempotencyKey("machine:" + line + ":" + epoch + ":" + processed + ":" + defective);
  }

  static IdempotencyKey epochKey(LineId line, long epoch) {
    return new IdempotencyKey("machine:" + line + ":epoch:" + epoch);
  }

  /** Line {@code line}'s counters start epoch {@code epoch} (see MachineEvent.EpochStarted). */
  @CommandName("machine.epoch.start")
  public record StartEpoch(
      LineId line,
      long epoch,
      @Nullable Long previousProcessed,
      @Nullable Long previousDefective,
      long processed,
      long defective)
      implements Command<CounterState> {
    @Override
    public Class<CounterState> answerType() {
      return CounterState.class;
    }
  }

  /**
   * Book line {@code line}'s counters up to these cumulative values of epoch {@code epoch}; a rise
   * above {@code limit} is held for a person instead.
   */
  @CommandName("machine.counter.book")
  public record Book(
      LineId line,
      long epoch,
      long processed,
      long defective,
      int microStops,
      long microStopSeconds,
      long limit)
      implements Command<BookAnswer> {
    @Override
    public Class<BookAnswer> answerType() {
      return BookAnswer.class;
    }
  }

  /** A person confirms (books) or refuses (skips) the jump held on line {@code line}. */
  @CommandName("machine.jump.decide")
  public record Decide(LineId line, boolean confirm, String reason) implements Command<BookAnswer> {
    @Override
    public Class<BookAnswer> answerType() {
      return BookAnswer.class;
    }
  }

  /** What a booking did: booked good and scrap, held a jump, or nothing (already booked). */
  public record BookAnswer(Outcome outcome, long epoch, long processed, long good, long scrap) {}

  /** The outcome of a booking. */
  public enum Outcome {
    BOOKED,
    ALREADY_BOOKED,
    HELD,
    REFUSED
  }
}
