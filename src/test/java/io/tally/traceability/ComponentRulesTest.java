package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Component lots: known codes only, never more out of a location than is there. */
class ComponentRulesTest extends TraceabilityApiSupport {

  String receipt(String lot, String component, long quantity) {
    return receipt(lot, component, quantity, "STORES");
  }

  @Test
  void refusesAComponentInNoBillOfMaterials() throws Exception {
    long before = ledgerSize();
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots", receipt("X-1", "FUSE-99", 10))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("component"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("CASE-762x39")));
    assertThat(ledgerSize()).isEqualTo(before);
  }

  @Test
  void refusesAReceiptByAnOperatorAndASecondReceiptOfTheSameLot() throws Exception {
    postAs("op-carl", "OPERATOR", "/api/component-lots", receipt("PR-1", "PRIMER-BOXER-SR", 10))
        .andExpect(status().isForbidden());
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots", receipt("PR-1", "PRIMER-BOXER-SR", 10))
        .andExpect(status().isCreated());
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots", receipt("PR-1", "PRIMER-BOXER-SR", 10))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("componentLot"));
  }

  @Test
  void refusesAnIssueOrConsumptionBeyondTheStockAtTheLocation() throws Exception {
    receiveReleased("BU-1", "BULLET-762-SC", 1_000, "STORES");
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/issues",
            """
            {"componentLot":"BU-1","quantity":1001,"from":"STORES","line":"L1"}""")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("quantity"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("has 1000 at STORES")));
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/issues",
            """
            {"componentLot":"BU-1","quantity":600,"from":"STORES","line":"L1"}""")
        .andExpect(status().isCreated());
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 700, 0);
    long before = ledgerSize();
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/consumptions",
            """
            {"componentLot":"BU-1","lot":"%s","quantity":700}"""
                .formatted(lot))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("has 600 at L1")));
    assertThat(ledgerSize()).isEqualTo(before);
  }

  @Test
  void refusesAComponentNotInTheFinishedLotsBillOfMaterials() throws Exception {
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots", receipt("BT-1", "BULLET-762-T", 100))
        .andExpect(status().isCreated());
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 100, 0);
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/consumptions",
            """
            {"componentLot":"BT-1","lot":"%s","quantity":10,"location":"STORES"}"""
                .formatted(lot))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("componentLot"))
        .andExpect(
            jsonPath("$.detail").value(Matchers.containsString("not in the bill of materials")));
  }
}
