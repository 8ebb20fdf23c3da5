package io.tally.machines;

import io.tally.plant.model.LineId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one message from a line's machine said, received at {@code at} (Tally's clock, so a
 * machine's clock cannot book into the future). A field the message did not carry is null: a
 * Sparkplug DATA message carries only what changed.
 */
public record MachineSample(
    LineId line,
    Instant at,
    @Nullable Long processed,
    @Nullable Long defective,
    @Nullable String state,
    @Nullable String stopReason,
    @Nullable Double speed) {

  /** The most a counter may read; a PackTag counter is a 32-bit or 64-bit unsigned integer. */
  public static final long MAX_COUNTER = 1L << 53;

  public MachineSample {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(at, "at");
    if (processed != null && (processed < 0 || processed > MAX_COUNTER)) {
      throw new IllegalArgumentException("processed must be 0 to 2^53, got " + processed);
    }
    if (defective != null && (defective < 0 || defective > MAX_COUNTER)) {
      throw new IllegalArgumentException("defective must be 0 to 2^53, got " + defective);
    }
    if (state != null && !state.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new IllegalArgumentException("state must be a code of 1-64 letters or digits");
    }
    if (stopReason != null && !stopReason.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new IllegalArgumentException("stopReason must be a code of 1-64 letters or digits");
    }
    if (speed != null && !(speed >= 0 && speed < 1e9)) {
      throw new IllegalArgumentException("speed must be 0 to 1e9");
    }
  }

  /** A sample of the counters alone. */
  public static MachineSample counters(LineId line, Instant at, long processed, long defective) {
    return new MachineSample(line, at, processed, defective, null, null, null);
  }

  /** A sample of the state alone. */
  public static MachineSample state(
      LineId line, Instant at, String state, @Nullable String stopReason) {
    return new MachineSample(line, at, null, null, state, stopReason, null);
  }
}
