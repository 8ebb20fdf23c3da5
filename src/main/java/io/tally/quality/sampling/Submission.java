package io.tally.quality.sampling;

/**
 * Whether a lot is inspected for the first time or resubmitted after rework; only original
 * inspection counts for the switching rules.
 */
public enum Submission {
  ORIGINAL,
  RESUBMITTED
}
