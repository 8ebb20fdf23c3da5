package io.tally.twin.model;

/** A scenario and the baseline forecast with the same random numbers, and their difference. */
public record Comparison(Forecast baseline, Forecast scenario, Difference difference) {
  /** Scenario minus baseline annual output: mean, standard deviation and 95 % interval. */
  public record Difference(double mean, double sd, double[] ci95) {}
}
