package io.tally.twin;

import java.time.Instant;

/** A finished simulation on the server: the report, who asked for it and when it ended. */
public record TwinRun(SimulationReport report, String ranBy, Instant at) {
  public String json() {
    return report.toJson();
  }
}
