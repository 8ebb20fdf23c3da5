package io.tally.plant.model;

/** The identifier of a product, as written in the plant file. */
public record ProductCode(@com.fasterxml.jackson.annotation.JsonValue String value)
    implements Comparable<ProductCode> {
  public ProductCode {
    Ids.require(value, "product id");
  }

  @Override
  public int compareTo(ProductCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
