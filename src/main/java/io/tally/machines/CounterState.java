package io.tally.machines;

import org.jspecify.annotations.Nullable;

/**
 * A line's counters as booked: the current epoch, the values booked in it, and a jump held for a
 * person ({@code heldProcessed} null when none).
 */
public record CounterState(
    String line,
    long epoch,
    long processed,
    long defective,
    @Nullable Long heldProcessed,
    @Nullable Long heldDefective) {

  public boolean holding() {
    return heldProcessed != null;
  }
}
