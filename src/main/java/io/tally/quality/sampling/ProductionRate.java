package io.tally.quality.sampling;

/** How production runs, as the quality user judges it; reduced inspection needs it steady. */
public enum ProductionRate {
  STEADY,
  IRREGULAR
}
