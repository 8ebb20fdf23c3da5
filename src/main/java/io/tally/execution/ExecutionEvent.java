package io.tally.execution;

import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The facts execution records in the ledger, the contract quality, traceability and analytics read
 * (docs/events.md). Each record's components are its payload's fields, so their names and types are
 * part of every entry's hash.
 */
public sealed interface ExecutionEvent extends Event {

  /** A work order entered for a line, to make a quantity of a product from a planned start. */
  @EventType("WorkOrderEntered")
  record WorkOrderEntered(
      WorkOrderId workOrder, LineId line, ProductCode product, long quantity, Instant plannedStart)
      implements ExecutionEvent {}

  /** An unstarted work order taken off the dispatch list; the reason may be empty. */
  @EventType("WorkOrderCancelled")
  record WorkOrderCancelled(WorkOrderId workOrder, String reason) implements ExecutionEvent {}

  /** A run started on a line, for a work order or none, with the number of its first lot. */
  @EventType("RunStarted")
  record RunStarted(
      RunId run,
      LineId line,
      ProductCode product,
      LotNumber lot,
      @Nullable WorkOrderId workOrder,
      Instant at)
      implements ExecutionEvent {}

  /** A lot opened on a run. */
  @EventType("LotOpened")
  record LotOpened(LotNumber lot, ProductCode product, LineId line, RunId run, Instant at)
      implements ExecutionEvent {}

  /** Good and scrap made since the last report, booked into one lot of a run. */
  @EventType("CountReported")
  record CountReported(
      RunId run, LotNumber lot, LineId line, ProductCode product, long good, long scrap, Instant at)
      implements ExecutionEvent {}

  /** A lot closed with its totals, by the rule that closed it. */
  @EventType("LotClosed")
  record LotClosed(
      LotNumber lot,
      ProductCode product,
      LineId line,
      long good,
      long scrap,
      Instant at,
      CloseRule rule)
      implements ExecutionEvent {}

  /** A run ended (its open lot was closed just before). */
  @EventType("RunEnded")
  record RunEnded(RunId run, LineId line, Instant at) implements ExecutionEvent {}

  /** A line stopped, with the plant file's reason code and its ISO 22400 category. */
  @EventType("StopStarted")
  record StopStarted(
      String stop, LineId line, String reason, StopReason.Category category, Instant at)
      implements ExecutionEvent {}

  /** A line's open stop ended. */
  @EventType("StopEnded")
  record StopEnded(String stop, LineId line, Instant at) implements ExecutionEvent {}
}
