package io.tally.traceability;

import io.tally.input.Forms;
import io.tally.input.Ident;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The packaging commands; each command's handler is named after it. */
public final class PackagingRequests {
  /** The most units one request may name. */
  static final int MAX_UNITS = 10_000;

  private PackagingRequests() {}

  /** Pack {@code units} first-level units (boxes) of loose good rounds of a lot at a location. */
  @CommandName("units.pack")
  public record Pack(@Ident String lot, @Ident String location, Integer units)
      implements Command<UnitView[]> {
    @Override
    public Class<UnitView[]> answerType() {
      return UnitView[].class;
    }
  }

  /** Put units of one level into a new unit of the next level (boxes into a can). */
  @CommandName("units.aggregate")
  public record Aggregate(@Ident String level, @Size(max = MAX_UNITS) List<@Ident String> children)
      implements Command<UnitView> {
    @Override
    public Class<UnitView> answerType() {
      return UnitView.class;
    }
  }

  /** Take a unit out of its parent and, if {@code toParent} is given, put it into that one. */
  @CommandName("units.repack")
  public record Repack(@Ident String unit, @Ident String toParent) implements Command<UnitView> {
    @Override
    public Class<UnitView> answerType() {
      return UnitView.class;
    }
  }

  /** Split a first-level unit into new units of the given quantities (which sum to its content). */
  @CommandName("units.split")
  public record Split(
      @Ident String unit, @Size(max = MAX_UNITS) List<@Max(Forms.QUANTITY_MAX) Long> quantities)
      implements Command<UnitView[]> {
    @Override
    public Class<UnitView[]> answerType() {
      return UnitView[].class;
    }
  }

  /** Move a unit (with everything inside it) to another location. */
  @CommandName("units.move")
  public record Move(@Ident String unit, @Ident String to) implements Command<UnitView> {
    @Override
    public Class<UnitView> answerType() {
      return UnitView.class;
    }
  }
}
