package io.tally.traceability;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stocktake: OPEN while counted (movements frozen), AWAITING two approvals of its differences
 * (still frozen), ADJUSTED once they are posted, CLOSED when the count matched the book. Its lines
 * carry book figures only once it is closed.
 */
public record StocktakeView(
    String id,
    @Nullable String location,
    String status,
    String openedBy,
    int differences,
    @Nullable String firstApprover,
    @Nullable String secondApprover,
    List<StocktakeLine> lines) {

  public boolean open() {
    return status.equals("OPEN");
  }

  /** The same stocktake with no book figure on any line (the counter's view). */
  public StocktakeView blind() {
    return new StocktakeView(
        id,
        location,
        status,
        openedBy,
        differences,
        firstApprover,
        secondApprover,
        lines.stream().map(StocktakeLine::blind).toList());
  }
}
