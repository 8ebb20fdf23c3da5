package io.tally.machines;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the connector knows of one line now: the connection, the machine's state and counter, its
 * rate, when its last value came, counts it holds (no run open, or a jump waiting for a person),
 * the messages it refused and its last error.
 */
public record LineStatus(
    String line,
    String kind,
    Connection connection,
    @Nullable String state,
    @Nullable String stateCode,
    @Nullable Long processed,
    @Nullable Double ratePerHour,
    @Nullable Instant lastValueAt,
    @Nullable Long ageSeconds,
    long heldWithoutRun,
    @Nullable Long heldJump,
    int microStops,
    long refused,
    @Nullable String lastError,
    @Nullable Instant lastErrorAt) {

  /** The connection to the machine's source. */
  public enum Connection {
    NOT_CONNECTED,
    CONNECTED,
    DISCONNECTED
  }
}
