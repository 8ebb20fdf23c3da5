package io.tally.traceability;

/**
 * The plan a quarantined component lot is sampled by: its stream (component, supplier, level, AQL)
 * at its present severity, the lot size, the sample size n and the acceptance and rejection
 * numbers.
 */
public record ReceivingPlan(
    String componentLot,
    String component,
    String supplier,
    String level,
    String aql,
    String severity,
    long lotSize,
    int n,
    int ac,
    int re) {}
