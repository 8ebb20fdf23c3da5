package io.tally.execution;

import java.math.BigDecimal;
import java.time.Instant;

/** A planner's work order: make a quantity of a product on a line, starting at a planned time. */
public record WorkOrderRequest(
    String id, String line, String product, BigDecimal quantity, Instant plannedStart) {}
