package io.tally.plant.model;

import java.util.Objects;

/**
 * A stop reason code, its ISO 22400 category (unplanned, setup, planned) and whether a stop for it
 * is a failure (a breakdown: the unit could not run until repaired) for MTBF, MTTF and MTTR. Other
 * unplanned stops (jams, waiting for material) are delay: they count in ADET but not as failures.
 * Only an unplanned reason can be a failure.
 */
public record StopReason(String code, String name, Category category, boolean failure) {
  public StopReason {
    Ids.require(code, "stop reason code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    if (failure && category != Category.UNPLANNED) {
      throw new IllegalArgumentException(
          "stop reason "
              + code
              + " is "
              + category.name().toLowerCase(java.util.Locale.ROOT)
              + "; only an unplanned reason can be a failure");
    }
  }

  /** A reason that is not a failure (delay, setup or planned). */
  public StopReason(String code, String name, Category category) {
    this(code, name, category, false);
  }

  public enum Category {
    UNPLANNED,
    SETUP,
    PLANNED
  }
}
