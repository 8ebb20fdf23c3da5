package io.tally.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a demo: set by the simulation to each step's time, so every command stamps its
 * ledger entries with simulated time; it never runs ahead of the real time.
 */
public final class DemoClock extends Clock {
  private volatile Instant now;

  public DemoClock(Instant start) {
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
