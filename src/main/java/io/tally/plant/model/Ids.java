package io.tally.plant.model;

import java.util.regex.Pattern;

/** Shared rules for the identifiers a plant file may use. */
final class Ids {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Ids() {}

  static String require(String value, String what) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " must be 1-64 letters, digits, '.', '_' or '-', got '" + value + "'");
    }
    return value;
  }
}
