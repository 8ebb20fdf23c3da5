package io.tally.plant.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A stock location of the register: what it is for and the most rounds its licence lets it hold
 * (loaded rounds in quarantine, released or held; components are not rounds and are not limited).
 */
public record Location(LocationCode code, Type type, long licensedMaximum) {
  public Location {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    if (licensedMaximum <= 0) {
      throw new IllegalArgumentException(
          "licensed maximum must be a positive number of rounds, got " + licensedMaximum);
    }
  }

  /** What a location is for. */
  public enum Type {
    STORE,
    LINE,
    QUARANTINE,
    REJECT,
    DISPATCH;

    public static Type parse(String text) {
      String norm = text.trim().toUpperCase();
      return Arrays.stream(values())
          .filter(t -> t.name().equals(norm))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "unknown location type '"
                          + text
                          + "', expected store, line, quarantine, reject or dispatch"));
    }
  }
}
