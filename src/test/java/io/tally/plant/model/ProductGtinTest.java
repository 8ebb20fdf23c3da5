package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.input.gs1.Gtin;
import org.junit.jupiter.api.Test;

class ProductGtinTest {
  private static final ProductCode BALL = new ProductCode("762x39-BALL-SC");

  @Test
  void readsAnOptionalGtinOfAProduct() {
    String text =
        PlantFileReaderTest.broken("unit: round", 0, "unit: round\n    gtin: \"09501101530003\"");

    Plant plant = PlantFileReader.parse("plant.yaml", text);

    assertThat(plant.product(BALL).gtin()).isEqualTo(new Gtin("09501101530003"));
    assertThat(
            PlantFileReader.parse("plant.yaml", PlantFileReaderTest.REFERENCE).product(BALL).gtin())
        .isNull();
  }

  @Test
  void refusesAGtinWhoseCheckDigitIsWrong() {
    String text =
        PlantFileReaderTest.broken("unit: round", 0, "unit: round\n    gtin: \"09501101530004\"");

    PlantFileException e = PlantFileReaderTest.refuse(text);

    assertThat(e.problems())
        .anySatisfy(
            p ->
                assertThat(p.toString())
                    .contains("products[0].gtin")
                    .contains("check digit 4, expected 3"));
  }
}
