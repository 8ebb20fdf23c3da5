package io.tally.execution;

import java.util.regex.Pattern;

/** A work order's identifier, as the planner (later the scheduler) gives it. */
public record WorkOrderId(@com.fasterxml.jackson.annotation.JsonValue String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

  public WorkOrderId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a work order id is 1-64 letters, digits, '.', '_', '/', '-'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
