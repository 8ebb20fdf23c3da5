package io.tally.execution;

/** Whether a count correction is IN_EFFECT or PENDING, waiting for a second person. */
public enum CorrectionStatus {
  PENDING,
  IN_EFFECT
}
