package io.tally.execution;

import java.time.Instant;

/** A run and what it has made so far; {@code currentLot} is null between lots. */
public record RunView(
    String run,
    String line,
    String product,
    String workOrder,
    String currentLot,
    long good,
    long scrap,
    Instant startedAt,
    Instant endedAt) {

  public boolean open() {
    return endedAt == null;
  }
}
