package io.tally.scheduling.solver;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A handle on a running search, shared with the caller (a CLI command, later a Spring service on
 * another thread): ask it to stop early, and read the best plan found so far.
 */
public final class SearchControl<T> {
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicReference<T> best = new AtomicReference<>();

  /** Asks the search to stop at its next check (within milliseconds). */
  public void requestStop() {
    stop.set(true);
  }

  public boolean stopRequested() {
    return stop.get();
  }

  /** The best result published so far, or null before the first feasible one. */
  public T bestSoFar() {
    return best.get();
  }

  void publish(T value) {
    best.set(value);
  }
}
