package io.tally.quality.sampling;

/** The inspection level and AQL a stream samples by; the lot size varies from lot to lot. */
public record SamplingScheme(InspectionLevel level, Aql aql) {
  public SamplingScheme {
    if (level == null || aql == null) {
      throw new IllegalArgumentException("a sampling scheme needs an inspection level and an AQL");
    }
  }

  /** The plan for a lot of this size at the given severity. */
  public SamplingPlan plan(long lotSize, Severity severity) {
    return SamplingPlans.plan(lotSize, level, aql, severity);
  }
}
