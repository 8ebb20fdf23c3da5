package io.tally.execution;

import io.tally.input.Ident;
import java.time.Instant;

/**
 * A stop's reason code from the plant file's list; {@code occurredAt}, for a stop entered late from
 * a paper log, is when the line stopped.
 */
public record StopRequest(@Ident String reason, Instant occurredAt) {
  public StopRequest(String reason) {
    this(reason, null);
  }
}
