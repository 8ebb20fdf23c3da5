package io.tally.demo;

import io.tally.kernel.CommandRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's timeline: steps planned at simulated instants, then run in time order (ties in the
 * order planned) with the clock set to each step's time, none later than the real time.
 */
final class DemoSteps {
  /** A step; {@code alone} when it calls the HTTP API, which must see every step before it. */
  private record Step(Instant at, int order, boolean alone, Runnable action) {}

  // Steps between two HTTP steps commit together: one durable commit instead of hundreds.
  private static final int BATCH = 400;

  private final DemoClock clock;
  private final TransactionTemplate tx;
  private final List<Step> steps = new ArrayList<>();

  DemoSteps(DemoClock clock, TransactionTemplate tx) {
    this.clock = clock;
    this.tx = tx;
  }

  void at(Instant at, Runnable action) {
    steps.add(new Step(at, steps.size(), false, action));
  }

  void alone(Instant at, Runnable action) {
    steps.add(new Step(at, steps.size(), true, action));
  }

  /**
   * A step run alone whose command the rules may refuse on the day (the lot moved on, no such
   * stop): a refusal is left out and the demo goes on, as a plant would see it on the page and let
   * it be. Each command is its own commit, so a refusal undoes nothing else.
   */
  void attempt(Instant at, Runnable action) {
    alone(
        at,
        () -> {
          try {
            action.run();
          } catch (CommandRejected refused) {
            // left out, see above
          }
        });
  }

  void runUntil(Instant realNow) {
    steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
    List<Step> batch = new ArrayList<>();
    for (Step s : steps) {
      if (s.at().isAfter(realNow)) {
        break;
      }
      if (s.alone()) {
        commit(batch);
        clock.set(s.at());
        s.action().run();
      } else {
        batch.add(s);
        if (batch.size() == BATCH) {
          commit(batch);
        }
      }
    }
    commit(batch);
  }

  private void commit(List<Step> batch) {
    if (batch.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(
        status -> {
          for (Step s : batch) {
            clock.set(s.at());
            s.action().run();
          }
        });
    batch.clear();
  }
}
