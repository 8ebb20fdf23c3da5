package io.tally.traceability;

import io.tally.input.Forms;
import io.tally.input.Ident;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The requests of the packaging commands. */
public final class PackagingRequests {
  /** The most units one request may name. */
  static final int MAX_UNITS = 10_000;

  private PackagingRequests() {}

  /** Pack {@code units} first-level units (boxes) of loose good rounds of a lot at a location. */
  public record Pack(@Ident String lot, @Ident String location, Integer units) {}

  /** Put units of one level into a new unit of the next level (boxes into a can). */
  public record Aggregate(
      @Ident String level, @Size(max = MAX_UNITS) List<@Ident String> children) {}

  /** Take a unit out of its parent and, if {@code toParent} is given, put it into that one. */
  public record Repack(@Ident String unit, @Ident String toParent) {}

  /** Split a first-level unit into new units of the given quantities (which sum to its content). */
  public record Split(
      @Ident String unit, @Size(max = MAX_UNITS) List<@Max(Forms.QUANTITY_MAX) Long> quantities) {}

  /** Move a unit (with everything inside it) to another location. */
  public record Move(@Ident String unit, @Ident String to) {}
}
