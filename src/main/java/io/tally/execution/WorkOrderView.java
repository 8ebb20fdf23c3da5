package io.tally.execution;

import java.time.Instant;

/** A work order with its progress: OPEN, IN_PROGRESS (a run makes it) or COMPLETED. */
public record WorkOrderView(
    String id,
    String line,
    String product,
    long quantity,
    long good,
    long remaining,
    Instant plannedStart,
    String status) {}
