package io.tally.execution;

/**
 * Start a run on a line for a product, optionally against a work order (then the product may be
 * left out and is the order's).
 */
public record StartRunRequest(String line, String product, String workOrder) {}
