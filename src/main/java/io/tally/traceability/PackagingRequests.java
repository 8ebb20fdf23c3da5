package io.tally.traceability;

import java.util.List;

/** The requests of the packaging commands. */
public final class PackagingRequests {
  private PackagingRequests() {}

  /** Pack {@code units} first-level units (boxes) of loose good rounds of a lot at a location. */
  public record Pack(String lot, String location, Integer units) {}

  /** Put units of one level into a new unit of the next level (boxes into a can). */
  public record Aggregate(String level, List<String> children) {}

  /** Take a unit out of its parent and, if {@code toParent} is given, put it into that one. */
  public record Repack(String unit, String toParent) {}

  /** Split a first-level unit into new units of the given quantities (which sum to its content). */
  public record Split(String unit, List<Long> quantities) {}

  /** Move a unit (with everything inside it) to another location. */
  public record Move(String unit, String to) {}
}
