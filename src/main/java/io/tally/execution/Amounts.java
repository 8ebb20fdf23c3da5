package io.tally.execution;

import io.tally.ledger.CommandRejected;
import java.math.BigDecimal;

/** Whole-number quantities from requests, refused by field name when fractional or out of range. */
final class Amounts {
  private Amounts() {}

  /** A whole number from {@code min} to {@code max}; null when absent. */
  static Long whole(String field, BigDecimal value, long min, long max) {
    if (value == null) {
      return null;
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw CommandRejected.invalid(field, field + " must be a whole number, got " + value);
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw CommandRejected.invalid(
          field, field + " must be " + min + " to " + max + ", got " + value.toPlainString());
    }
    return value.longValueExact();
  }
}
