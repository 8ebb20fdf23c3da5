package io.tally.execution;

import java.time.Instant;

/** One line of a line's dispatch list: what to make next, in planned order (position from 1). */
public record DispatchEntry(
    int position,
    String workOrder,
    String product,
    long quantity,
    long remaining,
    Instant plannedStart,
    WorkOrderStatus status) {}
