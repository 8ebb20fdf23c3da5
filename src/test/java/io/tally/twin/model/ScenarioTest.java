package io.tally.twin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileException;
import io.tally.plant.model.PlantFileReader;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final Plant REFERENCE = PlantFileReader.readDefault();

  private static Forecast run(Plant plant, Scenario s, int replications) {
    Settings settings = new Settings(TwinFixtures.MONDAY, 1, replications, 12345, 2, 0, null);
    return Twin.forecast(plant, s, settings, d -> {});
  }

  @Test
  void fasterRepairsGainOutputMeasuredFarMorePreciselyWithCommonRandomNumbers() {
    Scenario faster =
        ScenarioReader.parse(
            "mttr.yaml",
            """
            name: MTTR 30 min
            changes:
              - reliability: { line: L1, mttrHours: 0.5 }
              - reliability: { line: L2, mttrHours: 0.5 }
              - reliability: { line: L3, mttrHours: 0.5 }
              - reliability: { line: L4, mttrHours: 0.5 }
            """);
    Settings settings = new Settings(TwinFixtures.MONDAY, 1, 60, 12345, 2, 0, null);
    Comparison crn = Twin.compare(TwinFixtures.anchor(), faster, settings, d -> {});
    Forecast independent =
        Twin.forecast(
            TwinFixtures.anchor(),
            faster,
            new Settings(TwinFixtures.MONDAY, 1, 60, 777, 2, 0, null),
            d -> {});
    assertThat(crn.difference().ci95()[0]).isPositive();
    assertThat(crn.difference().mean()).isBetween(25_000.0, 40_000.0);
    double sdIndependent =
        Math.sqrt(Math.pow(crn.baseline().sd(), 2) + Math.pow(independent.sd(), 2));
    assertThat(crn.difference().sd()).isLessThan(sdIndependent / 3);
  }

  @Test
  void operatingStageTwoAddsItsLineFromTheDate() {
    Scenario s =
        ScenarioReader.parse("s2.yaml", "changes:\n  - operate: { stage: S2, from: 2029-07-02 }\n");
    Forecast f = run(REFERENCE, s, 4);
    assertThat(f.lines()).extracting(Forecast.LineForecast::id).contains("L5");
    Forecast.LineForecast l5 =
        f.lines().stream().filter(l -> l.id().equals("L5")).findFirst().orElseThrow();
    assertThat(l5.output()).isZero();
    assertThat(l5.hours().get("idle")).isBetween(1_900.0, 2_100.0);
  }

  @Test
  void anAddedLineLikeAnotherRaisesOutputByAboutItsShare() {
    Scenario s =
        ScenarioReader.parse(
            "add.yaml", "changes:\n  - addLine: { id: L9, like: L1, from: 2029-01-01 }\n");
    Forecast base = run(TwinFixtures.anchor(), Scenario.BASELINE, 20);
    Forecast more = run(TwinFixtures.anchor(), s, 20);
    double l1 = base.lines().get(0).output();
    assertThat(more.mean() - base.mean()).isBetween(0.95 * l1, 1.05 * l1);
  }

  @Test
  void aThirdShiftRaisesWorkingHours() {
    Scenario s =
        ScenarioReader.parse(
            "night.yaml",
            "changes:\n"
                + "  - addShift: { calendar: TWO-SHIFT, name: C, start: \"22:00\", end: \"06:00\" }\n");
    Forecast f = run(TwinFixtures.anchor(), s, 4);
    double working = 0;
    for (var e : f.lines().get(0).hours().entrySet()) {
      if (!e.getKey().equals("off-shift") && !e.getKey().equals("maintenance")) {
        working += e.getValue();
      }
    }
    // Each working day adds its night shift; the last one is cut at the horizon after 2 of 8 h.
    assertThat(working).isCloseTo(261 * 24 - 6.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void plannedMaintenanceIsItsOwnState() {
    Forecast f =
        Twin.forecast(
            REFERENCE,
            Scenario.BASELINE,
            new Settings(java.time.LocalDate.of(2026, 1, 1), 1, 4, 1, 1, 0, null),
            d -> {});
    assertThat(f.lines().get(0).hours().get("maintenance")).isEqualTo(16.0);
    assertThat(f.lines().get(1).hours().get("maintenance")).isZero();
  }

  @Test
  void refusesAnUnknownLineNamingFileLineAndField() {
    Scenario s =
        ScenarioReader.parse(
            "bad.yaml", "name: x\nchanges:\n  - reliability: { line: L7, mttrHours: 1 }\n");
    assertThatThrownBy(() -> run(REFERENCE, s, 2))
        .isInstanceOf(PlantFileException.class)
        .hasMessage("bad.yaml:3: changes[0].reliability.line: unknown line 'L7'");
  }

  @Test
  void refusesAnOverlappingShift() {
    Scenario s =
        ScenarioReader.parse(
            "bad.yaml",
            "changes:\n  - addShift: { calendar: TWO-SHIFT, name: C, start: \"21:00\", end: \"05:00\" }\n");
    assertThatThrownBy(() -> run(REFERENCE, s, 2))
        .hasMessage("bad.yaml:2: changes[0].addShift.start: shift 'C' overlaps 'B'");
  }

  @Test
  void readerNamesLineAndFieldOfEveryBadValue() {
    assertThatThrownBy(
            () ->
                ScenarioReader.parse(
                    "s.yaml",
                    "changes:\n"
                        + "  - operate: { stage: S2, from: 2027-13-01 }\n"
                        + "  - reliability: { line: L1, mttrHours: abc }\n"
                        + "  - teleport: { line: L1 }\n"))
        .isInstanceOf(PlantFileException.class)
        .satisfies(
            e ->
                assertThat(((PlantFileException) e).problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "s.yaml:2: changes[0].operate.from: not a valid date or time: '2027-13-01'",
                        "s.yaml:3: changes[1].reliability.mttrHours: not a number: 'abc'",
                        "s.yaml:4: changes[2].teleport: unknown field (allowed: addLine,"
                            + " addShift, operate, reliability)"));
  }
}
