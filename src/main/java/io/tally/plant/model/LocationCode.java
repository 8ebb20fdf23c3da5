package io.tally.plant.model;

/** The code of a registered stock location, as written in the plant file's register. */
public record LocationCode(@com.fasterxml.jackson.annotation.JsonValue String value)
    implements Comparable<LocationCode> {
  public LocationCode {
    Ids.require(value, "location code");
  }

  @Override
  public int compareTo(LocationCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
