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
}
