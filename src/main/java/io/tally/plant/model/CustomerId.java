package io.tally.plant.model;

/** The identifier of a customer, as written in the plant file. */
public record CustomerId(@com.fasterxml.jackson.annotation.JsonValue String value)
    implements Comparable<CustomerId> {
  public CustomerId {
    Ids.require(value, "customer id");
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
