package io.tally.plant.model;

import java.util.Objects;

/** A customer of the plant and what kind of body it is. */
public record Customer(CustomerId id, String name, Kind kind) {
  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  public enum Kind {
    ARMY,
    POLICE,
    OTHER_LAW_ENFORCEMENT,
    OTHER;

    public static Kind parse(String text) {
      String norm = text.trim().toUpperCase().replace('-', '_');
      for (Kind k : values()) {
        if (k.name().equals(norm)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown customer kind '"
              + text
              + "', expected army, police, other-law-enforcement, other");
    }
  }
}
