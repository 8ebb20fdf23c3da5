package io.tally.traceability;

import io.tally.input.Forms;
import io.tally.input.Ident;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The requests of the stocktake commands. */
public final class StocktakeRequests {
  /** The most units or counts one request may name. */
  static final int MAX_LINES = 10_000;

  private StocktakeRequests() {}

  /** Open a count of a location, or of listed units (exactly one of the two). */
  public record Open(
      @Ident String id, @Ident String location, @Size(max = MAX_LINES) List<@Ident String> ssccs) {}

  /** What a counter found, line by line of the sheet. */
  public record Counts(@Size(max = MAX_LINES) List<@Valid Count> counts) {}

  /** The quantity found on one line of the sheet. */
  public record Count(
      @Max(MAX_LINES * 1000) Integer line, @Max(Forms.QUANTITY_MAX) Long quantity) {}
}
