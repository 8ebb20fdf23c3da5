package io.tally.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A count of units: whole, never negative, at most {@link #MAX}. The one place where every module
 * reads a quantity from a request: {@link #whole} and {@link #positive} refuse a fraction, a sign
 * or a magnitude out of range by naming the field, and check the magnitude from precision and scale
 * before a number like {@code 1e10000000} is expanded. A refusal quotes at most a short prefix of
 * what was sent.
 *
 * @param value the number of units
 */
public record Quantity(@JsonValue long value) implements Comparable<Quantity> {
  /** Ten billion units: 140 years of the reference plant, far above any one request or balance. */
  public static final long MAX = 10_000_000_000L;

  public static final Quantity ZERO = new Quantity(0);

  private static final int MAX_DIGITS = 19;
  private static final int ECHO_MAX = 40;

  public Quantity {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("a quantity is from 0 to " + MAX + ", got " + value);
    }
  }

  public static Quantity of(long value) {
    return new Quantity(value);
  }

  /**
   * A whole number from {@code min} to {@code max} read from a request's decimal; null when absent.
   * A fraction is refused, not rounded.
   */
  public static @Nullable Long whole(String field, @Nullable BigDecimal value, long min, long max) {
    if (value == null) {
      return null;
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_DIGITS) {
      throw outOfRange(field, value, min, max);
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw CommandRejected.invalid(field, field + " must be a whole number, got " + echo(value));
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw outOfRange(field, value, min, max);
    }
    return value.longValueExact();
  }

  /** A whole number from {@code min} to {@code max} typed as text; null when blank. */
  public static @Nullable Long whole(String field, @Nullable String text, long min, long max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw CommandRejected.invalid(
          field, field + " must be a whole number, got '" + echo(text) + "'");
    }
    return whole(field, number, min, max);
  }

  /** A quantity of at least one unit, required. */
  public static long positive(String field, @Nullable Long value) {
    if (value == null || value <= 0 || value > MAX) {
      throw CommandRejected.invalid(field, field + " must be a whole number from 1 to " + MAX);
    }
    return value;
  }

  public Quantity plus(Quantity other) {
    return new Quantity(Math.addExact(value, other.value));
  }

  /** What is left after taking {@code other}; refused when that is more than there is. */
  public Quantity minus(Quantity other) {
    if (other.value > value) {
      throw new IllegalArgumentException("cannot take " + other.value + " from " + value);
    }
    return new Quantity(value - other.value);
  }

  public boolean isZero() {
    return value == 0;
  }

  @Override
  public int compareTo(Quantity other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }

  private static CommandRejected outOfRange(String field, Object value, long min, long max) {
    return CommandRejected.invalid(
        field, field + " must be " + min + " to " + max + ", got " + echo(value));
  }

  private static String echo(Object value) {
    String s = String.valueOf(value);
    if (s.length() <= ECHO_MAX) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(ECHO_MAX - 1)) ? ECHO_MAX - 1 : ECHO_MAX;
    return s.substring(0, end) + "…";
  }
}
