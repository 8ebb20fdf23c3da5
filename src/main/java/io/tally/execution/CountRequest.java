package io.tally.execution;

import java.math.BigDecimal;

/**
 * Counts made since the last report: increments, not totals. Read as decimals so that a fraction or
 * a number past the range of a long is refused by name instead of being rounded or overflowing.
 */
public record CountRequest(BigDecimal good, BigDecimal scrap) {
  public CountRequest(long good, long scrap) {
    this(BigDecimal.valueOf(good), BigDecimal.valueOf(scrap));
  }
}
