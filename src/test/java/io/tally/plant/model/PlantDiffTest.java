package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Two plants are compared field by field, list items named by their id, not their position. */
class PlantDiffTest {
  private static String reference() throws Exception {
    try (var in = PlantDiffTest.class.getResourceAsStream(PlantFileReader.DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Plant parse(String text) {
    return PlantFileReader.parse("plant.yaml", text);
  }

  @Test
  void theSamePlantHasNoDifferences() throws Exception {
    assertThat(PlantDiff.between(parse(reference()), parse(reference()))).isEmpty();
  }

  @Test
  void reorderedCustomersAreNotADifference() throws Exception {
    String army = "  - { id: ARMY, name: National army, kind: army }\n";
    String text = reference();
    String lawEnforcement = "  - { id: LAW-ENF,";
    String reordered = text.replace(army, "").replace(lawEnforcement, army + lawEnforcement);
    assertThat(reordered).isNotEqualTo(text);
    assertThat(PlantDiff.between(parse(text), parse(reordered))).isEmpty();
  }

  @Test
  void anAqlChangeIsControlledAndNamedByProductAndClass() throws Exception {
    var d =
        PlantDiff.between(
            parse(reference()),
            parse(reference().replaceFirst("class: minor, aql: 2.5", "class: minor, aql: 1.5")));
    assertThat(d)
        .containsExactly(
            new PlantDifference(
                "products[762x39-BALL-SC].quality.classes[minor].aql", "2.5", "1.5"));
    assertThat(d.get(0).controlled()).isTrue();
  }

  @Test
  void aNameChangeIsFree() throws Exception {
    var d =
        PlantDiff.between(
            parse(reference()),
            parse(reference().replace("name: Reference cartridge plant", "name: Plant A")));
    assertThat(d)
        .containsExactly(new PlantDifference("site.name", "Reference cartridge plant", "Plant A"));
    assertThat(d.get(0).controlled()).isFalse();
  }
}
