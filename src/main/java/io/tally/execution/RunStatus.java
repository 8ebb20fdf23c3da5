package io.tally.execution;

/** Where a run stands: OPEN from its start, ENDED once it has ended (for good). */
public enum RunStatus {
  OPEN,
  ENDED
}
