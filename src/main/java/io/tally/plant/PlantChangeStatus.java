package io.tally.plant;

/** Where a proposed plant-file change stands: PROPOSED until a second person APPROVED it. */
public enum PlantChangeStatus {
  PROPOSED,
  APPROVED
}
