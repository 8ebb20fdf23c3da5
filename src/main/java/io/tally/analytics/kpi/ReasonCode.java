package io.tally.analytics.kpi;

/** A stop reason code from the plant file's stop reasons (BRK, CHG, PM, ...). */
public record ReasonCode(String value) implements Comparable<ReasonCode> {
  public ReasonCode {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("stop reason code must not be blank");
    }
  }

  @Override
  public int compareTo(ReasonCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
