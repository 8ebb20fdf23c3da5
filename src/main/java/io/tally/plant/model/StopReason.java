package io.tally.plant.model;

import java.util.Objects;

/** A stop reason code and its ISO 22400 category (unplanned, setup, planned). */
public record StopReason(String code, String name, Category category) {
  public StopReason {
    Ids.require(code, "stop reason code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
  }

  public enum Category {
    UNPLANNED,
    SETUP,
    PLANNED
  }
}
