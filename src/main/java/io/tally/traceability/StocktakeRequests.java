package io.tally.traceability;

import io.tally.input.Forms;
import io.tally.input.Ident;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The requests and commands of stocktakes; each command's handler is named after it. */
public final class StocktakeRequests {
  /** The most units or counts one request may name. */
  static final int MAX_LINES = 10_000;

  private StocktakeRequests() {}

  /** Open a count of a location, or of listed units (exactly one of the two). */
  @CommandName("stocktake.open")
  public record Open(
      @Ident String id, @Ident String location, @Size(max = MAX_LINES) List<@Ident String> ssccs)
      implements Command<StocktakeView> {
    @Override
    public Class<StocktakeView> answerType() {
      return StocktakeView.class;
    }
  }

  /** What a counter found, line by line of the sheet. */
  public record Counts(@Size(max = MAX_LINES) List<@Valid LineCount> counts) {}

  /** Record the counts of stocktake {@code id}. */
  @CommandName("stocktake.count")
  public record Count(String id, Counts counts) implements Command<StocktakeView> {
    @Override
    public Class<StocktakeView> answerType() {
      return StocktakeView.class;
    }
  }

  /** Close stocktake {@code id} against the book. */
  @CommandName("stocktake.close")
  public record Close(String id) implements Command<StocktakeView> {
    @Override
    public Class<StocktakeView> answerType() {
      return StocktakeView.class;
    }
  }

  /** Approve the differences of stocktake {@code id}: the second approval posts them. */
  @CommandName("stocktake.approve")
  public record Approve(String id) implements Command<StocktakeView> {
    @Override
    public Class<StocktakeView> answerType() {
      return StocktakeView.class;
    }
  }

  /** The quantity found on one line of the sheet. */
  public record LineCount(
      @Max(MAX_LINES * 1000) Integer line, @Max(Forms.QUANTITY_MAX) Long quantity) {}
}
