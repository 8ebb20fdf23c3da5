package io.tally.plant.model;

/** The identifier of a line, as written in the plant file. */
public record LineId(@com.fasterxml.jackson.annotation.JsonValue String value)
    implements Comparable<LineId> {
  public LineId {
    Ids.require(value, "line id");
  }

  @Override
  public int compareTo(LineId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
