package io.tally.execution;

import io.tally.input.Forms;
import io.tally.kernel.CommandRejected;
import java.math.BigDecimal;

/**
 * Whole-number quantities from requests, refused by field name when fractional or out of range. The
 * magnitude is checked first, from precision and scale alone, so that a number like {@code
 * 1e10000000} is refused without being expanded, and the refusal quotes at most a short prefix.
 */
final class Amounts {
  private static final int MAX_DIGITS = 19;

  private Amounts() {}

  /** A whole number from {@code min} to {@code max}; null when absent. */
  static Long whole(String field, BigDecimal value, long min, long max) {
    if (value == null) {
      return null;
    }
    // Digits before the decimal point; a long has at most 19.
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_DIGITS) {
      throw outOfRange(field, value, min, max);
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw CommandRejected.invalid(
          field, field + " must be a whole number, got " + Forms.echo(value));
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw outOfRange(field, value, min, max);
    }
    return value.longValueExact();
  }

  private static CommandRejected outOfRange(String field, BigDecimal value, long min, long max) {
    return CommandRejected.invalid(
        field, field + " must be " + min + " to " + max + ", got " + Forms.echo(value));
  }
}
