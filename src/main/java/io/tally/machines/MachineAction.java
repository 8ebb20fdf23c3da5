package io.tally.machines;

import java.time.Instant;

/** What a line's connector has to carry out after a sample or a tick ({@link MachineLine}). */
public sealed interface MachineAction {

  /** Book the counters up to these cumulative values (micro-stops summed since the last). */
  record BookCounters(long processed, long defective, int microStops, long microStopSeconds)
      implements MachineAction {}

  /** Start a stop for {@code reason} that began at {@code at}. */
  record StartStop(String reason, Instant at) implements MachineAction {}

  /** End the machine's open stop, which began at {@code startedAt}, at {@code at}. */
  record EndStop(Instant startedAt, Instant at) implements MachineAction {}
}
