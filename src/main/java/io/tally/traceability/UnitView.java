package io.tally.traceability;

import java.util.List;

/** A packaging unit: its SSCC, level, where it is, its parent, state and content by lot. */
public record UnitView(
    String sscc,
    String level,
    int depth,
    String product,
    String location,
    String parent,
    String state,
    long packedSeq,
    List<Content> contents) {

  public long quantity() {
    return contents.stream().mapToLong(Content::quantity).sum();
  }

  /** Rounds of one lot in a unit. */
  public record Content(String lot, long quantity) {}
}
