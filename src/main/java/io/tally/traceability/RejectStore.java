package io.tally.traceability;

import io.tally.plant.PlantService;
import io.tally.plant.model.Location;
import org.springframework.stereotype.Component;

/**
 * Where rejects enter custody: the register's first location of type {@code reject} (the reference
 * plant's {@code REJECT}), or {@value #DEFAULT} when the register has none. Replay books them there
 * again, so the plant file in force when replaying should keep that location first.
 */
@Component
class RejectStore {
  static final String DEFAULT = "REJECT";
  private final PlantService plant;

  RejectStore(PlantService plant) {
    this.plant = plant;
  }

  String location() {
    return plant.plant().locations().stream()
        .filter(l -> l.type() == Location.Type.REJECT)
        .map(l -> l.code().value())
        .findFirst()
        .orElse(DEFAULT);
  }
}
