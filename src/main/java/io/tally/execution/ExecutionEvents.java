package io.tally.execution;

/**
 * The ledger event types execution produces, exactly as the event contract between execution,
 * quality and traceability names them (docs/events.md), plus its own work-order entry.
 */
public final class ExecutionEvents {
  public static final String WORK_ORDER_ENTERED = "WorkOrderEntered";
  public static final String WORK_ORDER_CANCELLED = "WorkOrderCancelled";
  public static final String RUN_STARTED = "RunStarted";
  public static final String LOT_OPENED = "LotOpened";
  public static final String COUNT_REPORTED = "CountReported";
  public static final String STOP_STARTED = "StopStarted";
  public static final String STOP_ENDED = "StopEnded";
  public static final String LOT_CLOSED = "LotClosed";
  public static final String RUN_ENDED = "RunEnded";

  private ExecutionEvents() {}
}
