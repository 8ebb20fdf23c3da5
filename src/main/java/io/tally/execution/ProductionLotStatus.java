package io.tally.execution;

/**
 * Where a production lot stands in execution: OPEN while its run fills it, then CLOSED by a rule.
 */
public enum ProductionLotStatus {
  OPEN,
  CLOSED
}
