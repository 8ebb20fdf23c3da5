package io.tally.analytics.kpi;

/** The identifier of a run (one product on one line from start to end), as execution assigns it. */
public record RunId(String value) {
  public RunId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("run id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
