package io.tally.traceability;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a stocktake (docs/traceability.md): opened with its sheet, counted blind, closed
 * against the book, and its differences posted as adjustments only after two approvals.
 */
public sealed interface StocktakeEvent extends Event {

  /** A count opened on a location, or on listed units (location null); movements there freeze. */
  @EventType("StocktakeOpened")
  record StocktakeOpened(String stocktake, @Nullable String location, int lines)
      implements StocktakeEvent {}

  /** One line of the count sheet, fixed at opening: what to count, where. */
  @EventType("StocktakeLineListed")
  record StocktakeLineListed(
      String stocktake,
      int line,
      StocktakeLine.Kind kind,
      @Nullable String sscc,
      String lot,
      String location)
      implements StocktakeEvent {}

  /** What the counter found on one line (the actor is the counter). */
  @EventType("StocktakeCounted")
  record StocktakeCounted(String stocktake, int line, long quantity) implements StocktakeEvent {}

  /** A line whose count differs from the book at close. */
  @EventType("StocktakeDifferenceFound")
  record StocktakeDifferenceFound(String stocktake, int line, long book, long counted)
      implements StocktakeEvent {}

  /** The count compared with the book; with no differences, movements unfreeze. */
  @EventType("StocktakeClosed")
  record StocktakeClosed(String stocktake, int differences) implements StocktakeEvent {}

  /** An approval of the differences (the actor approves); the second posts them. */
  @EventType("StocktakeApproved")
  record StocktakeApproved(String stocktake, int approval) implements StocktakeEvent {}

  /**
   * Rounds (or component units) written on (positive) or off (negative) the book by a stocktake:
   * {@code state} is the finished lot's stock state, null for a component lot.
   */
  @EventType("StockAdjusted")
  record StockAdjusted(
      String stocktake,
      int line,
      StocktakeLine.Kind kind,
      @Nullable String sscc,
      String lot,
      String location,
      @Nullable StockState state,
      long quantity)
      implements StocktakeEvent {}
}
