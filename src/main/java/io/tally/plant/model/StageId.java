package io.tally.plant.model;

/** The identifier of a stage, as written in the plant file. */
public record StageId(@com.fasterxml.jackson.annotation.JsonValue String value)
    implements Comparable<StageId> {
  public StageId {
    Ids.require(value, "stage id");
  }

  @Override
  public int compareTo(StageId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
