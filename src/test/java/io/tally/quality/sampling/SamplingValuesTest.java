package io.tally.quality.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SamplingValuesTest {

  @Test
  void aqlTakesTheSeriesSpellingWhateverTheScale() {
    assertThat(Aql.parse("1"))
        .isEqualTo(Aql.parse("1.00"))
        .isEqualTo(new Aql(new BigDecimal("1.0")));
    assertThat(Aql.parse("1").toString()).isEqualTo("1.0");
    assertThat(Aql.parse(".1").toString()).isEqualTo("0.10");
    assertThat(Aql.all()).hasSize(16);
    assertThat(Aql.all().get(0).toString()).isEqualTo("0.010");
  }

  @Test
  void aqlOutsideThePreferredSeriesIsRefusedByValue() {
    assertThatThrownBy(() -> Aql.parse("0.3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("AQL 0.3 is not in the preferred series");
    assertThatThrownBy(() -> Aql.parse("abc")).hasMessage("AQL 'abc' is not a number");
  }

  @Test
  void aqlBeyondTheTablesIsRefusedAsSuch() {
    assertThatThrownBy(() -> Aql.parse("15"))
        .hasMessage("AQL 15 is in the preferred series but beyond the tables held (0.010 to 10)");
  }

  @Test
  void oneStepTighterIsTheSeriesNeighbour() {
    assertThat(Aql.parse("1.5").tighter()).contains(Aql.parse("1.0"));
    assertThat(Aql.parse("0.010").tighter()).isEmpty();
  }

  @Test
  void levelsReadAsTheStandardWritesThem() {
    assertThat(InspectionLevel.parse("S-3")).isEqualTo(InspectionLevel.S_3);
    assertThat(InspectionLevel.parse("s4")).isEqualTo(InspectionLevel.S_4);
    assertThat(InspectionLevel.parse("ii")).isEqualTo(InspectionLevel.II);
    assertThatThrownBy(() -> InspectionLevel.parse("IV"))
        .hasMessage("inspection level 'IV' is unknown; use one of S-1, S-2, S-3, S-4, I, II, III");
  }

  @Test
  void severityReadsInAnyCaseAndNamesAnUnknownOne() {
    assertThat(Severity.parse("Tightened")).isEqualTo(Severity.TIGHTENED);
    assertThatThrownBy(() -> Severity.parse("strict")).hasMessageContaining("'strict'");
  }

  @Test
  void planRefusesImpossibleNumbers() {
    assertThatThrownBy(() -> new SamplingPlan(CodeLetter.A, CodeLetter.A, 2, 1, 1, false))
        .hasMessageContaining("Ac=1 Re=1");
  }

  @Test
  void decisionRefusesAResultThatDoesNotFollowFromItsNumbers() {
    assertThatThrownBy(
            () ->
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
                    LotResult.ACCEPTED))
        .hasMessage("result ACCEPTED does not follow from d=4 Ac=3 Re=4");
  }
}
