package io.tally.plant;

/**
 * The ledger type names of plant-file change control, and of the load event other modules react to
 * (quality carries an inspection stream's severity across a change of its scheme). The events
 * themselves are {@link PlantEvent}'s records.
 */
public final class PlantChangeEvents {
  public static final String PROPOSED = "PlantChangeProposed";
  public static final String APPROVED = "PlantChangeApproved";
  public static final String FILE_LOADED = "PlantFileLoaded";

  private PlantChangeEvents() {}
}
