package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import java.util.regex.Pattern;

/** Checks of request fields, each refusal naming the field. */
final class Inputs {
  static final long MAX_QUANTITY = 10_000_000_000L;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,31}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

  private Inputs() {}

  static String location(String field, String value) {
    return matching(
        field, value, CODE, "a location code: 1-32 letters, digits, '.', '_', '/', '-'");
  }

  static String id(String field, String value) {
    return matching(field, value, ID, "1-64 letters, digits, '.', '_', '/', '-'");
  }

  static String text(String field, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw CommandRejected.invalid(field, field + " is required (at most " + max + " characters)");
    }
    return value.trim();
  }

  static long quantity(String field, Long value) {
    if (value == null || value <= 0 || value > MAX_QUANTITY) {
      throw CommandRejected.invalid(
          field, field + " must be a whole number from 1 to " + MAX_QUANTITY);
    }
    return value;
  }

  /**
   * A whole number from {@code min} to {@code max} read as a decimal (a fraction is refused, not
   * rounded; the magnitude is checked before the number is expanded); null when absent.
   */
  static Long whole(String field, java.math.BigDecimal value, long min, long max) {
    if (value == null) {
      return null;
    }
    boolean tooLong = (long) value.precision() - value.scale() > 19;
    if (!tooLong && value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw CommandRejected.invalid(field, field + " must be a whole number");
    }
    if (tooLong
        || value.compareTo(java.math.BigDecimal.valueOf(min)) < 0
        || value.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
      throw CommandRejected.invalid(
          field, field + " must be a whole number from " + min + " to " + max);
    }
    return value.longValueExact();
  }

  private static String matching(String field, String value, Pattern p, String rule) {
    if (value == null || !p.matcher(value.trim()).matches()) {
      throw CommandRejected.invalid(
          field, field + " is required: " + rule + ", got '" + value + "'");
    }
    return value.trim();
  }
}
