package io.tally.quality.sampling;

import java.util.EnumMap;
import java.util.Map;

/**
 * Looks up single-sampling plans under {@link RuleSet#Z1_4_2003_SINGLE}: Table I gives the code
 * letter, the master table of the severity gives the plan after following its arrows, and the
 * sample size is that of the row where the plan is found. Every plan is resolved once, when the
 * class loads, so a look-up is two array reads.
 */
public final class SamplingPlans {
  private static final Map<Severity, SamplingPlan[][]> RESOLVED = new EnumMap<>(Severity.class);

  static {
    int letters = CodeLetter.R.ordinal() + 1;
    for (Severity severity : Severity.values()) {
      MasterTable table = MasterTable.of(severity);
      SamplingPlan[][] plans = new SamplingPlan[letters][Aql.SERIES.size()];
      for (int row = 0; row < letters; row++) {
        for (int col = 0; col < plans[row].length; col++) {
          int at = table.planRow(row, col);
          Cell cell = table.cell(at, col);
          plans[row][col] =
              new SamplingPlan(
                  table.letter(row),
                  table.letter(at),
                  table.sampleSize(at),
                  cell.ac(),
                  cell.re(),
                  false);
        }
      }
      RESOLVED.put(severity, plans);
    }
  }

  private SamplingPlans() {}

  /** The Table I code letter; the lot size must be at least 2. */
  public static CodeLetter codeLetter(long lotSize, InspectionLevel level) {
    return CodeLetters.of(lotSize, level);
  }

  /**
   * The plan for a lot. When the sample size reaches the lot size the plan inspects every unit:
   * {@code n} becomes the lot size and Ac/Re stay those of the plan.
   */
  public static SamplingPlan plan(long lotSize, InspectionLevel level, Aql aql, Severity severity) {
    CodeLetter letter = CodeLetters.of(lotSize, level);
    SamplingPlan plan = RESOLVED.get(severity)[letter.ordinal()][aql.column()];
    if (plan.n() < lotSize) {
      return plan;
    }
    return new SamplingPlan(
        plan.letter(), plan.planLetter(), (int) lotSize, plan.ac(), plan.re(), true);
  }

  /**
   * The acceptance number of the normal plan one AQL step tighter, read in the row where a normal
   * plan was found, so for the same sample; used by the switching score.
   */
  static int tighterNormalAcceptance(CodeLetter planLetter, Aql aql) {
    Aql tighter =
        aql.tighter().orElseThrow(() -> new IllegalArgumentException("no AQL tighter than " + aql));
    return RESOLVED.get(Severity.NORMAL)[planLetter.ordinal()][tighter.column()].ac();
  }
}
