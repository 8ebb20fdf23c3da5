package io.tally.plant;

import java.util.List;

/** A line as the API shows it: its live state, the moves open to it and the acts covering it. */
public record LineView(
    String id,
    String name,
    String stage,
    String state,
    List<String> allowedMoves,
    boolean takesWork,
    List<Capability> capabilities,
    List<String> acts) {

  /** A product the line makes and its rated rate. */
  public record Capability(String product, double ratedPerHour) {}
}
