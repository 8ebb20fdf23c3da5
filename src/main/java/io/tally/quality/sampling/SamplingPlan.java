package io.tally.quality.sampling;

/**
 * A single-sampling plan for one lot: draw {@code n}, accept if d &lt;= {@code ac}, reject if d
 * &gt;= {@code re}.
 *
 * @param letter the code letter Table I gives for the lot size and level
 * @param planLetter the row where the plan was found after following the arrows
 * @param n the sample size: that row's, or the lot size when {@code fullInspection}
 * @param ac the acceptance number
 * @param re the rejection number (greater than ac + 1 only on reduced inspection)
 * @param fullInspection true when the row's sample size reaches the lot size, so every unit is
 *     inspected
 */
public record SamplingPlan(
    CodeLetter letter, CodeLetter planLetter, int n, int ac, int re, boolean fullInspection) {
  public SamplingPlan {
    if (letter == null || planLetter == null) {
      throw new IllegalArgumentException("a plan needs its code letter and plan letter");
    }
    if (n < 2 || ac < 0 || re <= ac) {
      throw new IllegalArgumentException(
          "impossible plan n=" + n + " Ac=" + ac + " Re=" + re + " at " + planLetter);
    }
  }

  /** Whether a sample with this many nonconforming units accepts the lot. */
  public boolean accepts(int nonconforming) {
    return nonconforming <= ac;
  }
}
