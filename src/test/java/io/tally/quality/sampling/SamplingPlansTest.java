package io.tally.quality.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamplingPlansTest {

  /** The resolved examples of quality-sampling.md, written out here as explicit vectors. */
  @ParameterizedTest(name = "{0} lot {1} level {2} AQL {3} -> {4}/{5} n={6} {7}/{8}")
  @CsvSource({
    "normal,    1000,   II,  1.5,   J, J, 80,   3,  4,  false",
    "normal,    20,     I,   1.5,   B, D, 8,    0,  1,  false",
    "normal,    5,      II,  10,    A, C, 5,    1,  2,  true",
    "tightened, 700000, III, 0.025, R, S, 3150, 1,  2,  false",
    "reduced,   125,    III, 1.0,   G, H, 20,   0,  2,  false",
    "normal,    3000,   II,  0.65,  K, K, 125,  2,  3,  false",
    "tightened, 3000,   II,  0.65,  K, K, 125,  1,  2,  false",
    "reduced,   3000,   II,  0.65,  K, K, 50,   1,  3,  false",
    "normal,    200000, II,  4.0,   P, M, 315,  21, 22, false",
  })
  void resolvesTheWorkedExamplesOfTheReference(
      String severity,
      long lotSize,
      String level,
      String aql,
      String letter,
      String planLetter,
      int n,
      int ac,
      int re,
      boolean full) {
    assertThat(
            SamplingPlans.plan(
                lotSize, InspectionLevel.parse(level), Aql.parse(aql), Severity.parse(severity)))
        .isEqualTo(
            new SamplingPlan(
                CodeLetter.valueOf(letter), CodeLetter.valueOf(planLetter), n, ac, re, full));
  }

  @Test
  void downArrowTakesTheSampleSizeOfTheRowWhereThePlanIsFound() {
    // Lot 20 at level II is C (n 5); at AQL 0.65 the arrows lead down to F, n 20, 0/1.
    SamplingPlan plan =
        SamplingPlans.plan(20, InspectionLevel.II, Aql.parse("0.65"), Severity.NORMAL);
    assertThat(plan.letter()).isEqualTo(CodeLetter.C);
    assertThat(plan.planLetter()).isEqualTo(CodeLetter.F);
    assertThat(plan.n()).isEqualTo(20);
    assertThat(plan.fullInspection()).isTrue();
  }

  @Test
  void upArrowTakesTheFirstPlanAbove() {
    // Lot 3,000 at level III is L; L at AQL 10 points up to K: n 125, 21/22.
    assertThat(SamplingPlans.plan(3000, InspectionLevel.III, Aql.parse("10"), Severity.NORMAL))
        .isEqualTo(new SamplingPlan(CodeLetter.L, CodeLetter.K, 125, 21, 22, false));
  }

  @Test
  void sampleAsLargeAsTheLotMeansInspectingEveryUnit() {
    SamplingPlan plan =
        SamplingPlans.plan(2, InspectionLevel.II, Aql.parse("6.5"), Severity.NORMAL);
    assertThat(plan).isEqualTo(new SamplingPlan(CodeLetter.A, CodeLetter.A, 2, 0, 1, true));
    assertThat(SamplingPlans.plan(81, InspectionLevel.II, Aql.parse("1.0"), Severity.NORMAL))
        .isEqualTo(new SamplingPlan(CodeLetter.E, CodeLetter.E, 13, 0, 1, false));
  }

  @Test
  void tableOneBandEdgesChangeTheLetter() {
    assertThat(SamplingPlans.codeLetter(8, InspectionLevel.II)).isEqualTo(CodeLetter.A);
    assertThat(SamplingPlans.codeLetter(9, InspectionLevel.II)).isEqualTo(CodeLetter.B);
    assertThat(SamplingPlans.codeLetter(500_000, InspectionLevel.II)).isEqualTo(CodeLetter.P);
    assertThat(SamplingPlans.codeLetter(500_001, InspectionLevel.II)).isEqualTo(CodeLetter.Q);
    assertThat(SamplingPlans.codeLetter(Long.MAX_VALUE, InspectionLevel.S_1))
        .isEqualTo(CodeLetter.D);
  }

  @Test
  void refusesLotsSmallerThanTwo() {
    assertThatThrownBy(
            () -> SamplingPlans.plan(1, InspectionLevel.II, Aql.parse("1.0"), Severity.NORMAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lot size must be at least 2, was 1");
    assertThatThrownBy(() -> SamplingPlans.codeLetter(0, InspectionLevel.I))
        .hasMessageContaining("was 0");
  }

  @Test
  void everyStartingCellOfEveryTableReachesAPlan() {
    for (Severity severity : Severity.values()) {
      for (CodeLetter letter : CodeLetter.values()) {
        if (letter == CodeLetter.S) {
          continue;
        }
        for (Aql aql : Aql.all()) {
          SamplingPlan plan = planAtLetter(letter, aql, severity);
          assertThat(plan.re()).isGreaterThan(plan.ac());
          assertThat(plan.n())
              .isEqualTo(MasterTable.of(severity).sampleSize(plan.planLetter().ordinal()));
        }
      }
    }
  }

  @Test
  void normalAndTightenedPlansHaveNoGapButReducedOnesMay() {
    for (Aql aql : Aql.all()) {
      for (CodeLetter letter : CodeLetter.values()) {
        if (letter == CodeLetter.S) {
          continue;
        }
        assertThat(planAtLetter(letter, aql, Severity.NORMAL).re())
            .isEqualTo(planAtLetter(letter, aql, Severity.NORMAL).ac() + 1);
        assertThat(planAtLetter(letter, aql, Severity.TIGHTENED).re())
            .isEqualTo(planAtLetter(letter, aql, Severity.TIGHTENED).ac() + 1);
      }
    }
    assertThat(planAtLetter(CodeLetter.K, Aql.parse("0.65"), Severity.REDUCED).re()).isEqualTo(3);
  }

  @Test
  void normalPlansRunAlongDiagonalsOfEqualAcceptanceNumbers() {
    // One letter larger and one AQL step tighter keeps the same Ac/Re in Table II-A.
    MasterTable normal = MasterTable.of(Severity.NORMAL);
    int pairs = 0;
    for (int row = 0; row + 1 < normal.rows(); row++) {
      for (int col = 1; col < Aql.SERIES.size(); col++) {
        Cell here = normal.cell(row, col);
        Cell diagonal = normal.cell(row + 1, col - 1);
        if (here.kind() == Cell.Kind.PLAN && diagonal.kind() == Cell.Kind.PLAN) {
          assertThat(diagonal).as("%s at column %d", normal.letter(row), col).isEqualTo(here);
          pairs++;
        }
      }
    }
    assertThat(pairs).isEqualTo(90);
  }

  @Test
  void aTighterAqlInTheSameRowHoldsAPlanWheneverAcIsTwoOrMore() {
    // The switching score compares d with the Ac one step tighter for the same sample.
    MasterTable normal = MasterTable.of(Severity.NORMAL);
    for (int row = 0; row < normal.rows(); row++) {
      for (int col = 1; col < Aql.SERIES.size(); col++) {
        Cell here = normal.cell(row, col);
        if (here.kind() == Cell.Kind.PLAN && here.ac() >= 2) {
          Cell tighter = normal.cell(row, col - 1);
          assertThat(tighter.kind()).isEqualTo(Cell.Kind.PLAN);
          assertThat(tighter.ac()).isLessThan(here.ac());
        }
      }
    }
    assertThat(SamplingPlans.tighterNormalAcceptance(CodeLetter.J, Aql.parse("1.5"))).isEqualTo(2);
  }

  /** The plan at a letter for a lot large enough that the sample never reaches it. */
  private static SamplingPlan planAtLetter(CodeLetter letter, Aql aql, Severity severity) {
    MasterTable table = MasterTable.of(severity);
    int at = table.planRow(letter.ordinal(), aql.column());
    Cell cell = table.cell(at, aql.column());
    return new SamplingPlan(
        letter, table.letter(at), table.sampleSize(at), cell.ac(), cell.re(), false);
  }
}
