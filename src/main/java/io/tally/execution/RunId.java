package io.tally.execution;

import java.util.regex.Pattern;

/** A run's identifier, given by Tally: RUN- and six or more digits, in order of start. */
public record RunId(@com.fasterxml.jackson.annotation.JsonValue String value) {
  private static final Pattern FORM = Pattern.compile("RUN-[0-9]{6,12}");

  public RunId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("a run id is RUN- and 6 digits, got '" + value + "'");
    }
  }

  static RunId number(long n) {
    return new RunId(String.format("RUN-%06d", n));
  }

  @Override
  public String toString() {
    return value;
  }
}
