package io.tally.integration.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What one destination has done since this process started: the events it acknowledged, the last
 * failure, and the lag from append to acknowledgement over the last {@value #WINDOW} events.
 */
final class DestinationStatus {
  static final int WINDOW = 10_000;
  private final long[] lags = new long[WINDOW];
  private long published;
  private int next;
  private @Nullable Instant lastPublished;
  private @Nullable String lastError;
  private @Nullable Instant lastErrorAt;
  private boolean failing;
  private volatile long acked;

  /** The last sequence the destination acknowledged in this process (ahead of the stored one). */
  void acked(long seq) {
    acked = seq;
  }

  long acked() {
    return acked;
  }

  synchronized void published(Iterable<OutboundEvent> events, Instant at) {
    for (OutboundEvent e : events) {
      lags[next] = Math.max(0, Duration.between(e.committed(), at).toMillis());
      next = (next + 1) % WINDOW;
      published++;
    }
    lastPublished = at;
    failing = false;
  }

  /** Records a failure; true when it is the first of a run of failures (worth one log line). */
  synchronized boolean failed(String reason, Instant at) {
    boolean first = !failing;
    failing = true;
    lastError = reason;
    lastErrorAt = at;
    return first;
  }

  /** Whether the last round failed; cheap, unlike {@link #snapshot}, which sorts the lags. */
  synchronized boolean failing() {
    return failing;
  }

  synchronized Snapshot snapshot() {
    int n = (int) Math.min(published, WINDOW);
    long[] sorted = Arrays.copyOf(lags, n);
    Arrays.sort(sorted);
    return new Snapshot(
        published,
        lastPublished,
        failing,
        lastError,
        lastErrorAt,
        n == 0 ? null : sorted[(int) Math.ceil(0.50 * n) - 1],
        n == 0 ? null : sorted[(int) Math.ceil(0.99 * n) - 1]);
  }

  record Snapshot(
      long published,
      @Nullable Instant lastPublished,
      boolean failing,
      @Nullable String lastError,
      @Nullable Instant lastErrorAt,
      @Nullable Long lagP50Millis,
      @Nullable Long lagP99Millis) {}
}
