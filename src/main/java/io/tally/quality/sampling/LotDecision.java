package io.tally.quality.sampling;

/**
 * The decision on one lot, with everything needed to show later why it was made: the rule set and
 * its edition, the severity, the plan and the number of nonconforming units (or nonconformities)
 * found. A plain value, ready to be recorded in the ledger.
 */
public record LotDecision(
    RuleSet ruleSet,
    Submission submission,
    Severity severity,
    InspectionLevel level,
    Aql aql,
    long lotSize,
    CodeLetter letter,
    CodeLetter planLetter,
    int n,
    int ac,
    int re,
    boolean fullInspection,
    int d,
    LotResult result) {
  public LotDecision {
    if (ruleSet == null
        || submission == null
        || severity == null
        || level == null
        || aql == null
        || letter == null
        || planLetter == null
        || result == null) {
      throw new IllegalArgumentException("a lot decision needs all its fields");
    }
    if (d < 0) {
      throw new IllegalArgumentException("nonconforming count must not be negative, was " + d);
    }
    if (result != resultOf(severity, d, ac, re)) {
      throw new IllegalArgumentException(
          "result " + result + " does not follow from d=" + d + " Ac=" + ac + " Re=" + re);
    }
  }

  /**
   * Accept if d &lt;= Ac. Between Ac and Re only the gapped reduced plans accept (and end reduced
   * inspection); at or past Re no plan does.
   */
  static LotResult resultOf(Severity severity, int d, int ac, int re) {
    if (d <= ac || (severity == Severity.REDUCED && d < re)) {
      return LotResult.ACCEPTED;
    }
    return LotResult.NOT_ACCEPTED;
  }

  static LotDecision of(
      Submission submission,
      Severity severity,
      SamplingScheme scheme,
      long lotSize,
      SamplingPlan plan,
      int d) {
    return new LotDecision(
        RuleSet.Z1_4_2003_SINGLE,
        submission,
        severity,
        scheme.level(),
        scheme.aql(),
        lotSize,
        plan.letter(),
        plan.planLetter(),
        plan.n(),
        plan.ac(),
        plan.re(),
        plan.fullInspection(),
        d,
        resultOf(severity, d, plan.ac(), plan.re()));
  }

  /** Whether the lot was accepted with Ac &lt; d &lt; Re, which ends reduced inspection. */
  public boolean acceptedInGap() {
    return result == LotResult.ACCEPTED && d > ac;
  }
}
