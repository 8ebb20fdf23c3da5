package io.tally.plant;

import io.tally.plant.model.PlantDifference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger event types of plant-file change control, and the load event other modules react to
 * (quality carries an inspection stream's severity across a change of its scheme).
 */
public final class PlantChangeEvents {
  public static final String PROPOSED = "PlantChangeProposed";
  public static final String APPROVED = "PlantChangeApproved";
  public static final String FILE_LOADED = PlantEvents.PLANT_FILE_LOADED;

  private PlantChangeEvents() {}

  static List<Map<String, Object>> differences(List<PlantDifference> differences) {
    return differences.stream()
        .map(
            d -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("path", d.path());
              m.put("old", d.oldValue());
              m.put("new", d.newValue());
              m.put("controlled", d.controlled());
              return m;
            })
        .toList();
  }
}
