package io.tally.quality.sampling;

/** The outcome of original (or resubmitted) inspection of one lot. */
public enum LotResult {
  ACCEPTED,
  NOT_ACCEPTED
}
