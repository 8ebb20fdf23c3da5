package io.tally.twin;

import io.tally.kernel.CommandRejected;

/** Numbers typed into the twin's form: blank is absent, anything else not a number is refused. */
final class FormNumbers {
  private FormNumbers() {}

  static Integer integer(String field, String text) {
    Long v = whole(field, text);
    if (v != null && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
      throw CommandRejected.invalid(field, field + " is out of range: " + text.trim());
    }
    return v == null ? null : v.intValue();
  }

  static Long whole(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw CommandRejected.invalid(field, field + " must be a whole number, got '" + text + "'");
    }
  }
}
