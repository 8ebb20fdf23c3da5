package io.tally.execution;

import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import io.tally.ledger.OmittedWhenNull;
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
      Instant at,
      @OmittedWhenNull @Nullable Double ratedPerHour)
      implements ExecutionEvent {
    /** A run start as written before runs recorded their rated rate (the plant file then says). */
    public RunStarted(
        RunId run,
        LineId line,
        ProductCode product,
        LotNumber lot,
        @Nullable WorkOrderId workOrder,
        Instant at) {
      this(run, line, product, lot, workOrder, at, null);
    }
  }

  /** A lot opened on a run. */
  @EventType("LotOpened")
  record LotOpened(LotNumber lot, ProductCode product, LineId line, RunId run, Instant at)
      implements ExecutionEvent {}

  /**
   * Good and scrap made since the last report, booked into one lot of a run; {@code late} is true
   * for a report entered after the fact (from a paper log) with the time it was made, {@code at}.
   */
  @EventType("CountReported")
  record CountReported(
      RunId run,
      LotNumber lot,
      LineId line,
      ProductCode product,
      long good,
      long scrap,
      Instant at,
      @OmittedWhenNull @Nullable Boolean late)
      implements ExecutionEvent {

    public CountReported(
        RunId run,
        LotNumber lot,
        LineId line,
        ProductCode product,
        long good,
        long scrap,
        Instant at) {
      this(run, lot, line, product, good, scrap, at, null);
    }
  }

  /**
   * A change to the good and scrap of a lot and its run, by a count correction in effect: every
   * projection that sums counts adds {@code goodChange} and {@code scrapChange} (either may be
   * negative) as if reported at {@code at}, the time of the report corrected.
   */
  interface CountChange extends Event {
    RunId run();

    LotNumber lot();

    LineId line();

    ProductCode product();

    long goodChange();

    long scrapChange();

    Instant at();

    /** False for a correction that waits for a second person; it changes nothing until then. */
    boolean inEffect();
  }

  /**
   * A count report corrected (the entry's {@code corrects} names it): {@code good} and {@code
   * scrap} are the figures it should have carried (both 0 when {@code voided}), the changes what
   * that adds to the lot. A correction larger than the configured size is {@code pending} until a
   * second person approves it.
   */
  @EventType("CountCorrected")
  record CountCorrected(
      RunId run,
      LotNumber lot,
      LineId line,
      ProductCode product,
      long good,
      long scrap,
      long goodChange,
      long scrapChange,
      boolean voided,
      String reason,
      Instant at,
      boolean pending)
      implements ExecutionEvent, CountChange {
    @Override
    public boolean inEffect() {
      return !pending;
    }
  }

  /** A pending count correction approved by a second person; it takes effect with this entry. */
  @EventType("CorrectionApproved")
  record CorrectionApproved(
      long correction,
      RunId run,
      LotNumber lot,
      LineId line,
      ProductCode product,
      long goodChange,
      long scrapChange,
      Instant at)
      implements ExecutionEvent, CountChange {
    @Override
    public boolean inEffect() {
      return true;
    }
  }

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

  /**
   * A line stopped, with the plant file's reason code and its ISO 22400 category; {@code late} as
   * for a count.
   */
  @EventType("StopStarted")
  record StopStarted(
      String stop,
      LineId line,
      String reason,
      StopReason.Category category,
      Instant at,
      @OmittedWhenNull @Nullable Boolean late)
      implements ExecutionEvent {

    public StopStarted(
        String stop, LineId line, String reason, StopReason.Category category, Instant at) {
      this(stop, line, reason, category, at, null);
    }
  }

  /** A line's open stop ended; {@code late} as for a count. */
  @EventType("StopEnded")
  record StopEnded(String stop, LineId line, Instant at, @OmittedWhenNull @Nullable Boolean late)
      implements ExecutionEvent {

    public StopEnded(String stop, LineId line, Instant at) {
      this(stop, line, at, null);
    }
  }

  /**
   * A stop corrected (the entry's {@code corrects} names its StopStarted): the times and reason it
   * should have had; {@code endedAt} is null for a stop still open. {@code why} is the correction's
   * reason.
   */
  @EventType("StopCorrected")
  record StopCorrected(
      String stop,
      LineId line,
      String reason,
      StopReason.Category category,
      Instant startedAt,
      @Nullable Instant endedAt,
      String why)
      implements ExecutionEvent {}
}
