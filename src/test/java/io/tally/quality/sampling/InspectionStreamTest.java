package io.tally.quality.sampling;

import static io.tally.quality.sampling.Streams.OPERATOR;
import static io.tally.quality.sampling.Streams.QUALITY_USER;
import static io.tally.quality.sampling.Streams.j15;
import static io.tally.quality.sampling.Streams.run;
import static io.tally.quality.sampling.Streams.switches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.quality.sampling.InspectionEvent.InspectionDiscontinued;
import io.tally.quality.sampling.InspectionEvent.LotInspected;
import io.tally.quality.sampling.InspectionEvent.NormalReason;
import io.tally.quality.sampling.InspectionEvent.SwitchedToNormal;
import io.tally.quality.sampling.InspectionEvent.SwitchedToTightened;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The switching-rule vectors of quality-sampling.md, section 1.5, and the guards around them. */
class InspectionStreamTest {

  @Test
  void twoOfFiveNotAcceptedOnNormalSwitchesToTightenedAfterLotFive() {
    InspectionStream stream = j15();
    assertThat(switches(run(stream, 1000, "A A R A"))).isEmpty();
    List<InspectionEvent> fifth = run(stream, 1000, "R");
    assertThat(fifth).hasSize(2).last().isEqualTo(new SwitchedToTightened(Streams.KEY));
    assertThat(stream.severity()).isEqualTo(Severity.TIGHTENED);
    assertThat(stream.nextPlan(1000))
        .isEqualTo(new SamplingPlan(CodeLetter.J, CodeLetter.J, 80, 2, 3, false));
  }

  @Test
  void twoNotAcceptedSixLotsApartDoNotTighten() {
    InspectionStream stream = j15();
    assertThat(switches(run(stream, 1000, "R A A A A R"))).isEmpty();
    assertThat(stream.severity()).isEqualTo(Severity.NORMAL);
  }

  @Test
  void twoNotAcceptedInARowTightenAfterTheSecond() {
    InspectionStream stream = j15();
    assertThat(switches(run(stream, 1000, "R"))).isEmpty();
    assertThat(switches(run(stream, 1000, "R"))).containsExactly("SwitchedToTightened");
  }

  @Test
  void fiveAcceptedOnTightenedReturnToNormalAfterLotFive() {
    InspectionStream stream = Streams.tightened();
    assertThat(switches(run(stream, 1000, "A A A A"))).isEmpty();
    assertThat(run(stream, 1000, "A"))
        .last()
        .isEqualTo(
            new SwitchedToNormal(
                Streams.KEY, Severity.TIGHTENED, NormalReason.FIVE_CONSECUTIVE_LOTS_ACCEPTED));
    assertThat(stream.severity()).isEqualTo(Severity.NORMAL);
    assertThat(stream.switchingScore()).isZero();
  }

  @Test
  void fifthNotAcceptedOnTightenedDiscontinuesAndNoLotMayBeAccepted() {
    InspectionStream stream = Streams.tightened();
    assertThat(switches(run(stream, 1000, "R A R A R A R A"))).isEmpty();
    assertThat(run(stream, 1000, "R")).last().isEqualTo(new InspectionDiscontinued(Streams.KEY, 5));
    assertThat(stream.isDiscontinued()).isTrue();
    assertThatThrownBy(() -> stream.inspect(1000, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is discontinued after 5 lots not accepted")
        .hasMessageContaining("record corrective action first");
    assertThatThrownBy(() -> stream.nextPlan(1000)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void correctiveActionApprovedByQualityRestartsOnTightenedWithFreshCounts() {
    InspectionStream stream = Streams.tightened();
    run(stream, 1000, "R R R R R");
    assertThatThrownBy(() -> stream.recordCorrectiveAction(OPERATOR, "new die set"))
        .hasMessageContaining("op.petrov lacks it");
    assertThat(stream.recordCorrectiveAction(QUALITY_USER, "new die set"))
        .isEqualTo(new InspectionEvent.InspectionResumed(Streams.KEY, "qe.ivanova", "new die set"));
    assertThat(stream.severity()).isEqualTo(Severity.TIGHTENED);
    assertThat(switches(run(stream, 1000, "R R R R"))).isEmpty();
    assertThat(switches(run(stream, 1000, "R"))).containsExactly("InspectionDiscontinued");
  }

  @Test
  void correctiveActionIsRefusedWhileInspectionRuns() {
    assertThatThrownBy(() -> j15().recordCorrectiveAction(QUALITY_USER, "x"))
        .hasMessageContaining("is not discontinued");
  }

  @Test
  void scoreAddsThreePerLotThatPassesOneStepTighterAndReachesThirtyAfterTenLots() {
    InspectionStream stream = j15();
    int[] d = {0, 2, 1, 0, 2, 0, 1, 0, 0, 2};
    for (int i = 0; i < d.length; i++) {
      stream.inspect(1000, d[i]);
      assertThat(stream.switchingScore()).isEqualTo(3 * (i + 1));
    }
    assertThat(stream.switchingScore()).isEqualTo(30);
  }

  @Test
  void scoreResetsWhenALotIsAcceptedButWouldFailOneStepTighter() {
    InspectionStream stream = j15();
    stream.inspect(1000, 0);
    stream.inspect(1000, 0);
    List<InspectionEvent> events = stream.inspect(1000, 3);
    assertThat(((LotInspected) events.get(0)).decision().result()).isEqualTo(LotResult.ACCEPTED);
    assertThat(stream.switchingScore()).isZero();
  }

  @Test
  void notAcceptedLotResetsScoreAndCountsTowardTightened() {
    InspectionStream stream = j15();
    stream.inspect(1000, 0);
    stream.inspect(1000, 4);
    assertThat(stream.switchingScore()).isZero();
    assertThat(switches(stream.inspect(1000, 5))).containsExactly("SwitchedToTightened");
  }

  @Test
  void scoreOfAZeroOnePlanAddsTwoPerAcceptedLotAndReachesThirtyAfterFifteen() {
    // Lots of 200 at level II are G; at AQL 0.40 the plan is n 32, 0/1.
    InspectionStream stream =
        new InspectionStream(
            Streams.KEY, new SamplingScheme(InspectionLevel.II, Aql.parse("0.40")));
    assertThat(stream.nextPlan(200))
        .isEqualTo(new SamplingPlan(CodeLetter.G, CodeLetter.G, 32, 0, 1, false));
    IntStream.range(0, 14).forEach(i -> stream.inspect(200, 0));
    assertThat(stream.switchingScore()).isEqualTo(28);
    stream.inspect(200, 0);
    assertThat(stream.switchingScore()).isEqualTo(30);
  }

  @Test
  void reducedNeedsScoreThirtySteadyProductionAndAQualityUser() {
    InspectionStream stream = j15();
    run(stream, 1000, "A A A A A A A A A");
    assertThatThrownBy(() -> stream.approveReduced(QUALITY_USER, ProductionRate.STEADY))
        .hasMessageContaining("has switching score 27; reduced inspection needs 30");
    run(stream, 1000, "A");
    assertThatThrownBy(() -> stream.approveReduced(QUALITY_USER, ProductionRate.IRREGULAR))
        .hasMessageContaining("reduced inspection needs it steady");
    assertThatThrownBy(() -> stream.approveReduced(OPERATOR, ProductionRate.STEADY))
        .hasMessageContaining("needs a user with role QUALITY");
    assertThat(stream.severity()).isEqualTo(Severity.NORMAL);
    assertThat(stream.approveReduced(QUALITY_USER, ProductionRate.STEADY))
        .isEqualTo(new InspectionEvent.SwitchedToReduced(Streams.KEY, 30, "qe.ivanova"));
    assertThat(stream.nextPlan(1000))
        .isEqualTo(new SamplingPlan(CodeLetter.J, CodeLetter.J, 32, 1, 4, false));
  }

  @Test
  void reducedIsRefusedFromTightened() {
    InspectionStream stream = Streams.tightened();
    assertThatThrownBy(() -> stream.approveReduced(QUALITY_USER, ProductionRate.STEADY))
        .hasMessageContaining("is on tightened inspection");
  }

  @Test
  void lotNotAcceptedOnReducedReturnsToNormal() {
    InspectionStream stream = reduced();
    assertThat(switches(stream.inspect(1000, 1))).isEmpty();
    assertThat(stream.inspect(1000, 4))
        .last()
        .isEqualTo(
            new SwitchedToNormal(Streams.KEY, Severity.REDUCED, NormalReason.LOT_NOT_ACCEPTED));
    assertThat(stream.severity()).isEqualTo(Severity.NORMAL);
    assertThat(stream.switchingScore()).isZero();
  }

  @Test
  void lotBetweenAcAndReOnReducedIsAcceptedAndReturnsToNormal() {
    InspectionStream stream = reduced();
    List<InspectionEvent> events = stream.inspect(1000, 2);
    LotDecision lot = ((LotInspected) events.get(0)).decision();
    assertThat(lot.result()).isEqualTo(LotResult.ACCEPTED);
    assertThat(lot.acceptedInGap()).isTrue();
    assertThat(events.get(1))
        .isEqualTo(
            new SwitchedToNormal(
                Streams.KEY, Severity.REDUCED, NormalReason.LOT_ACCEPTED_BETWEEN_AC_AND_RE));
  }

  @Test
  void irregularProductionEndsReducedButChangesNothingElsewhere() {
    InspectionStream stream = reduced();
    assertThat(stream.returnToNormal(NormalReason.PRODUCTION_IRREGULAR))
        .containsExactly(
            new SwitchedToNormal(Streams.KEY, Severity.REDUCED, NormalReason.PRODUCTION_IRREGULAR));
    assertThat(stream.returnToNormal(NormalReason.PRODUCTION_IRREGULAR)).isEmpty();
    assertThatThrownBy(() -> stream.returnToNormal(NormalReason.LOT_NOT_ACCEPTED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resubmittedLotsAreDecidedButDoNotCountForSwitching() {
    InspectionStream stream = j15();
    run(stream, 1000, "R");
    List<InspectionEvent> events = stream.inspect(1000, 4, Submission.RESUBMITTED);
    assertThat(switches(events)).isEmpty();
    assertThat(((LotInspected) events.get(0)).decision().submission())
        .isEqualTo(Submission.RESUBMITTED);
    assertThat(stream.severity()).isEqualTo(Severity.NORMAL);
  }

  @Test
  void decisionCarriesRuleSetSeverityPlanCountAndResult() {
    InspectionStream stream = j15();
    LotInspected event = (LotInspected) stream.inspect(1000, 4).get(0);
    assertThat(event.decision())
        .isEqualTo(
            new LotDecision(
                RuleSet.Z1_4_2003_SINGLE,
                Submission.ORIGINAL,
                Severity.NORMAL,
                InspectionLevel.II,
                Aql.parse("1.5"),
                1000,
                CodeLetter.J,
                CodeLetter.J,
                80,
                3,
                4,
                false,
                4,
                LotResult.NOT_ACCEPTED));
    assertThat(event.decision().ruleSet().edition()).isEqualTo("Z1.4-2003 single sampling");
  }

  @Test
  void negativeCountIsRefused() {
    assertThatThrownBy(() -> j15().inspect(1000, -1)).hasMessageContaining("was -1");
  }

  private static InspectionStream reduced() {
    InspectionStream stream = j15();
    run(stream, 1000, "A A A A A A A A A A");
    stream.approveReduced(QUALITY_USER, ProductionRate.STEADY);
    return stream;
  }
}
