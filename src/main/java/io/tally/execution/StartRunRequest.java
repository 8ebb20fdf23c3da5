package io.tally.execution;

import io.tally.input.Ident;

/**
 * Start a run on a line for a product, optionally against a work order (then the product may be
 * left out and is the order's).
 */
public record StartRunRequest(@Ident String line, @Ident String product, @Ident String workOrder) {}
