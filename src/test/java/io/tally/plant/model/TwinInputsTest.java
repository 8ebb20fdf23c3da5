package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The optional plant-file fields the digital twin reads, and their defaults. */
class TwinInputsTest {
  private static final String REFERENCE = PlantFileReaderTest.REFERENCE;

  @Test
  void reliabilityWithoutTwinFieldsDefaultsToExponentialFailuresAndNoScrap() {
    Line.Reliability r =
        PlantFileReader.parse("plant.yaml", REFERENCE).lines().get(0).reliability();
    assertThat(r.failureDistribution()).isEqualTo(Line.FailureDistribution.EXPONENTIAL);
    assertThat(r.shape()).isEqualTo(1.0);
    assertThat(r.scrapRate()).isEqualTo(0.0);
  }

  @Test
  void readsFailureDistributionShapeAndScrapRate() {
    String text =
        PlantFileReaderTest.broken(
            "reliability: { mtbfHours: 40, mttrHours: 1.5 }",
            0,
            "reliability: { mtbfHours: 40, mttrHours: 1.5, failureDistribution: weibull,"
                + " shape: 1.8, scrapRate: 0.02 }");
    Line.Reliability r = PlantFileReader.parse("plant.yaml", text).lines().get(0).reliability();
    assertThat(r.failureDistribution()).isEqualTo(Line.FailureDistribution.WEIBULL);
    assertThat(r.shape()).isEqualTo(1.8);
    assertThat(r.scrapRate()).isEqualTo(0.02);
  }

  @Test
  void refusesAnUnknownFailureDistributionWithItsField() {
    String text =
        PlantFileReaderTest.broken(
            "reliability: { mtbfHours: 40, mttrHours: 1.5 }",
            1,
            "reliability: { mtbfHours: 40, mttrHours: 1.5, failureDistribution: gamma }");
    assertThat(PlantFileReaderTest.refuse(text).getMessage())
        .contains("lines[1].reliability.failureDistribution: unknown failure distribution 'gamma'");
  }

  @Test
  void refusesAScrapRateOfOne() {
    String text =
        PlantFileReaderTest.broken(
            "reliability: { mtbfHours: 40, mttrHours: 1.5 }",
            0,
            "reliability: { mtbfHours: 40, mttrHours: 1.5, scrapRate: 1 }");
    assertThat(PlantFileReaderTest.refuse(text).getMessage())
        .contains("lines[0].reliability.scrapRate: must be at least 0 and below 1, got 1");
  }

  @Test
  void repairCrewDefaultsToOnePerLineAndReadsFromTheSite() {
    assertThat(PlantFileReader.parse("plant.yaml", REFERENCE).site().repairCrew()).isZero();
    String text =
        PlantFileReaderTest.broken(
            "timeZone: America/Caracas", 0, "timeZone: America/Caracas\n  repairCrew: 2");
    assertThat(PlantFileReader.parse("plant.yaml", text).site().repairCrew()).isEqualTo(2);
  }

  @Test
  void refusesANegativeRepairCrew() {
    String text =
        PlantFileReaderTest.broken(
            "timeZone: America/Caracas", 0, "timeZone: America/Caracas\n  repairCrew: -1");
    assertThat(PlantFileReaderTest.refuse(text).getMessage())
        .contains("site.repairCrew: must not be negative, got -1");
  }
}
