package io.tally.traceability;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Tracing both ways: lot to components, component lot to lots, shipments and customers. */
class TraceTest extends TraceabilityApiSupport {

  void receiveAndIssue(String componentLot, String component, long quantity, String line)
      throws Exception {
    receiveReleased(componentLot, component, quantity, "STORES");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots/issues",
            """
            {"componentLot":"%s","quantity":%d,"from":"STORES","line":"%s"}"""
                .formatted(componentLot, quantity, line))
        .andExpect(status().isCreated());
  }

  void consume(String componentLot, String lot, long quantity) throws Exception {
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/consumptions",
            """
            {"componentLot":"%s","lot":"%s","quantity":%d}"""
                .formatted(componentLot, lot, quantity))
        .andExpect(status().isCreated());
  }

  void ship(String id, String customer, String lot, long quantity, String location)
      throws Exception {
    String auth = plant.authorise(customer, ProductionFixture.BALL, 100_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment(id, customer, auth, loose(lot, quantity, location)))
        .andExpect(status().isCreated());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/" + id + "/approval", null)
        .andExpect(status().isOk());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/" + id + "/dispatch", null)
        .andExpect(status().isOk());
  }

  @Test
  void aComponentLotReachesEveryLotShipmentAndCustomerIncludingThroughRework() throws Exception {
    String primer = "PR-" + ProductionFixture.newLot().substring(10);
    receiveAndIssue(primer, "PRIMER-BOXER-SR", 30_000, "L2");
    String good = plant.produceLot(ProductionFixture.BALL, "L2", 10_000, 100);
    String bad = plant.produceLot(ProductionFixture.BALL, "L2", 5_000, 50);
    consume(primer, good, 10_100);
    consume(primer, bad, 5_050);
    plant.release(good, 10_000);
    ship("SH-T1-" + primer, "ARMY", good, 2_000, "L2");
    plant.hold(bad);
    plant.rework(bad, bad + "A", 5_000);
    plant.release(bad + "A", 5_000);
    ship("SH-T2-" + primer, "POLICE", bad + "A", 1_000, "L2");

    getAs("AUDITOR", "/api/trace/" + primer)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("COMPONENT_LOT"))
        .andExpect(jsonPath("$.componentLot.supplierLot").value("S-" + primer))
        .andExpect(jsonPath("$.finishedLots[*].lot").value(Matchers.contains(good, bad, bad + "A")))
        .andExpect(jsonPath("$.finishedLots[0].quantity").value(10_100))
        .andExpect(jsonPath("$.finishedLots[2].via").value(bad))
        .andExpect(
            jsonPath("$.shipments[*].shipment")
                .value(Matchers.contains("SH-T1-" + primer, "SH-T2-" + primer)))
        .andExpect(jsonPath("$.customers").value(Matchers.contains("ARMY", "POLICE")));

    getAs("AUDITOR", "/api/trace/" + bad + "A")
        .andExpect(jsonPath("$.kind").value("FINISHED_LOT"))
        .andExpect(jsonPath("$.finishedLot.parentLot").value(bad))
        .andExpect(jsonPath("$.components[0].componentLot").value(primer))
        .andExpect(jsonPath("$.components[0].lot").value(bad))
        .andExpect(jsonPath("$.components[0].quantity").value(5_050))
        .andExpect(jsonPath("$.customers").value(Matchers.contains("POLICE")));
  }

  @Test
  void aPackagingUnitTracesToItsLotsComponentsAndShipment() throws Exception {
    String cases = "CS-" + ProductionFixture.newLot().substring(10);
    receiveAndIssue(cases, "CASE-762x39", 1_000, "L1");
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 900, 10);
    consume(cases, lot, 910);
    plant.release(lot, 900);
    String body =
        postAs(
                "wh-bob",
                "WAREHOUSE",
                "/api/units",
                """
                {"lot":"%s","location":"L1","units":2}"""
                    .formatted(lot))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String box = JsonPath.read(body, "$[0].sscc");
    getAs("AUDITOR", "/api/trace/" + box)
        .andExpect(jsonPath("$.kind").value("UNIT"))
        .andExpect(jsonPath("$.unit.level").value("box"))
        .andExpect(jsonPath("$.finishedLots[0].lot").value(lot))
        .andExpect(jsonPath("$.finishedLots[0].quantity").value(20))
        .andExpect(jsonPath("$.components[0].componentLot").value(cases));
  }

  @Test
  void anUnknownIdIsNotFoundNamingTheField() throws Exception {
    getAs("AUDITOR", "/api/trace/NOPE-1")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("lot"));
  }
}
