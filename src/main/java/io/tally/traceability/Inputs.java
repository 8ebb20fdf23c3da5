package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import java.util.regex.Pattern;

/** Checks of request fields, each refusal naming the field. */
final class Inputs {
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

  private static String matching(String field, String value, Pattern p, String rule) {
    if (value == null || !p.matcher(value.trim()).matches()) {
      throw CommandRejected.invalid(
          field, field + " is required: " + rule + ", got '" + value + "'");
    }
    return value.trim();
  }
}
