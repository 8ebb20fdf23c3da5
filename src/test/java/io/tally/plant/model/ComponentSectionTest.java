package io.tally.plant.model;

import static io.tally.plant.model.PlantFileReaderTest.REFERENCE;
import static io.tally.plant.model.PlantFileReaderTest.lineOf;
import static io.tally.plant.model.PlantFileReaderTest.refuse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plant file's components section: approved suppliers, receiving inspection and balance
 * tolerance per component, with defaults, and each bad field refused as file:line: field: reason.
 */
class ComponentSectionTest {
  static final String CASES =
      "  - { code: CASE-762x39, suppliers: [Case Works, Allied Components], aql: 0.65 }";

  static String with(String line) {
    return REFERENCE.replace(CASES, line);
  }

  @Test
  void readsApprovedSuppliersAndTheDefaultsOfWhatIsLeftOut() {
    Plant plant = PlantFileReader.parse("plant.yaml", REFERENCE);
    PurchasedComponent cases = plant.purchased("CASE-762x39");
    assertThat(cases.suppliers()).containsExactly("Case Works", "Allied Components");
    assertThat(cases.aql()).isEqualTo(0.65);
    assertThat(cases.inspectionLevel()).isEqualTo(PurchasedComponent.DEFAULT_LEVEL);
    assertThat(cases.balanceTolerancePercent()).isEqualTo(0.5);
    assertThat(plant.purchased("CHARGE-762x39").balanceTolerancePercent()).isEqualTo(1.0);
    assertThat(plant.purchased("BULLET-762-T").aql()).isEqualTo(PurchasedComponent.DEFAULT_AQL);
  }

  @Test
  void aComponentTheFileDoesNotListHasNoApprovedSupplier() {
    Plant plant = PlantFileReader.parse("plant.yaml", with(""));
    assertThat(plant.purchased("CASE-762x39").suppliers()).isEmpty();
    assertThat(plant.purchased("CASE-762x39").balanceTolerancePercent())
        .isEqualTo(PurchasedComponent.DEFAULT_TOLERANCE_PERCENT);
  }

  @Test
  void refusesAComponentInNoBillOfMaterialsWithItsLine() {
    String text = with("  - { code: FUSE-9, suppliers: [Case Works] }");
    assertThat(refuse(text).getMessage())
        .contains(
            "plant.yaml:"
                + lineOf(text, "code: FUSE-9", 0)
                + ": components[0].code: component 'FUSE-9' is in no product's bill of materials");
  }

  @Test
  void refusesEachBadFieldNamingIt() {
    record Case(String line, String field, String reason) {}
    for (Case c :
        List.of(
            new Case(
                "  - { code: CASE-762x39, suppliers: [Case Works, Case Works] }",
                "components[0].suppliers[1]",
                "supplier 'Case Works' is listed twice"),
            new Case(
                "  - { code: CASE-762x39, suppliers: [Case Works], inspectionLevel: IV }",
                "components[0].inspectionLevel",
                "unknown inspection level 'IV'"),
            new Case(
                "  - { code: CASE-762x39, suppliers: [Case Works], aql: -1 }",
                "components[0].aql",
                "must be a positive number"),
            new Case(
                "  - { code: CASE-762x39, suppliers: [Case Works], balanceTolerancePercent: 101 }",
                "components[0].balanceTolerancePercent",
                "must be a percentage from 0 to 100"),
            new Case(
                "  - { code: CASE-762x39, suppliers: [Case Works], approver: me }",
                "components[0].approver",
                ""),
            new Case("  - { code: CASE-762x39 }", "components[0].suppliers", ""),
            new Case(
                "  - { code: CASE-762x39, suppliers: [Case Works] }\n"
                    + "  - { code: CASE-762x39, suppliers: [Allied Components] }",
                "components[1].code",
                "duplicate id 'CASE-762x39'"))) {
      String text = with(c.line());
      assertThat(refuse(text).problems())
          .as(c.line())
          .anySatisfy(
              p -> {
                assertThat(p.file()).isEqualTo("plant.yaml");
                assertThat(p.line()).isPositive();
                assertThat(p.field()).isEqualTo(c.field());
                assertThat(p.reason()).contains(c.reason());
              });
    }
  }

  @Test
  void aChangeOfApprovedSuppliersNeedsApproval() {
    Plant before = PlantFileReader.parse("plant.yaml", REFERENCE);
    Plant after =
        PlantFileReader.parse(
            "plant.yaml", with("  - { code: CASE-762x39, suppliers: [Case Works], aql: 0.65 }"));
    assertThat(PlantDiff.between(before, after))
        .singleElement()
        .satisfies(d -> assertThat(d.controlled()).isTrue());
  }
}
