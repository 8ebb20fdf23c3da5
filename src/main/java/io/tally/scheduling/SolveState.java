package io.tally.scheduling;

/** Where a solve stands: RUNNING until it FINISHED with a plan or FAILED with an error. */
public enum SolveState {
  RUNNING,
  FINISHED,
  FAILED
}
