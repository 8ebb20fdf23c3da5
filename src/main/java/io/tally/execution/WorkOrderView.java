package io.tally.execution;

import java.time.Instant;

/** A work order with its progress and {@link WorkOrderStatus status}. */
public record WorkOrderView(
    String id,
    String line,
    String product,
    long quantity,
    long good,
    long remaining,
    Instant plannedStart,
    WorkOrderStatus status) {}
