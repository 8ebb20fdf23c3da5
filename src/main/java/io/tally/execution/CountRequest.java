package io.tally.execution;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Counts made since the last report: increments, not totals. Read as decimals so that a fraction or
 * a number past the range of a long is refused by name instead of being rounded or overflowing.
 * {@code occurredAt}, for a report entered late from a paper log, is when the counts were made.
 */
public record CountRequest(BigDecimal good, BigDecimal scrap, Instant occurredAt) {
  public CountRequest(BigDecimal good, BigDecimal scrap) {
    this(good, scrap, null);
  }

  public CountRequest(long good, long scrap) {
    this(BigDecimal.valueOf(good), BigDecimal.valueOf(scrap), null);
  }
}
