package io.tally.quality.sampling;

import static io.tally.quality.sampling.Streams.OPERATOR;
import static io.tally.quality.sampling.Streams.QUALITY_USER;
import static io.tally.quality.sampling.Streams.j15;
import static io.tally.quality.sampling.Streams.run;
import static io.tally.quality.sampling.Streams.switches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.quality.sampling.InspectionEvent.LotInspected;
import io.tally.quality.sampling.InspectionEvent.NormalReason;
import io.tally.quality.sampling.InspectionEvent.SwitchedToNormal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The switching score and reduced inspection: vectors of quality-sampling.md, section 1.5. */
class SwitchingScoreAndReducedTest {
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

  private static InspectionStream reduced() {
    InspectionStream stream = j15();
    run(stream, 1000, "A A A A A A A A A A");
    stream.approveReduced(QUALITY_USER, ProductionRate.STEADY);
    return stream;
  }
}
