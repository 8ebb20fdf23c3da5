package io.tally.plant.model;

import java.util.Objects;

/** A construction stage of the plant, accepted into operation as a whole by an act. */
public record Stage(StageId id, String name) {
  public Stage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
