package io.tally.traceability;

import org.jspecify.annotations.Nullable;

/**
 * One line of a count sheet. The counter's sheet shows what to count and where, never {@code book}
 * (a blind count); the book figure is read at close.
 */
public record StocktakeLine(
    int line,
    Kind kind,
    @Nullable String sscc,
    String lot,
    String location,
    @Nullable Long counted,
    @Nullable Long book) {

  /** What a line counts. */
  public enum Kind {
    /** The rounds of one lot in a first-level packaging unit. */
    UNIT,
    /** A finished lot's rounds at the location that are in no packaging unit. */
    LOOSE,
    /** The units of a component lot at the location. */
    COMPONENT
  }

  /** The line as the counter sees it: no book figure. */
  public StocktakeLine blind() {
    return new StocktakeLine(line, kind, sscc, lot, location, counted, null);
  }
}
