package io.tally.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a demo: set by the simulation to each step's time, so every command stamps its
 * ledger entries with simulated time; it never runs ahead of the real time.
 */
final class DemoClock extends Clock {
  private volatile Instant now;

  DemoClock(Instant start) {
    this.now = start;
  }

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
