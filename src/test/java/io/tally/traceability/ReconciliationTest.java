package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Produced = where it went, counted from the ledger on one side and the inventory on the other. */
class ReconciliationTest extends TraceabilityApiSupport {
  @Autowired Reconciliation reconciliation;
  String lastComponentLot;

  /** Components in, a lot made, sampled, released, moved, shipped; a second lot held, reworked. */
  String realisticFlow() throws Exception {
    String suffix = ProductionFixture.newLot().substring(10);
    String cases = "CASE-" + suffix;
    lastComponentLot = cases;
    receive(cases, "CASE-762x39", 20_000);
    issue(cases, 12_000);
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 10_000, 120);
    consume(cases, lot, 10_120);
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots/scrap",
            """
            {"componentLot":"%s","quantity":50,"location":"STORES","reason":"dented"}"""
                .formatted(cases))
        .andExpect(status().isCreated());
    plant.samplesConsumed(lot, 13);
    plant.release(lot, 9_987);
    move(lot, 6_000, "L1", "FG");
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 5_000);
    String id = "SH-R" + suffix;
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment(id, "ARMY", auth, loose(lot, 3_000, "FG")))
        .andExpect(status().isCreated());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/" + id + "/approval", null)
        .andExpect(status().isOk());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/" + id + "/dispatch", null)
        .andExpect(status().isOk());

    String bad = plant.produceLot(ProductionFixture.BALL, "L2", 4_000, 300);
    plant.samplesConsumed(bad, 50);
    plant.hold(bad);
    plant.scrap(bad, 500);
    plant.rework(bad, bad + "A", 1_000);
    plant.release(bad + "A", 1_000);
    return lot;
  }

  @Test
  void balancesAfterARealisticFlow() throws Exception {
    String lot = realisticFlow();
    getAs("AUDITOR", "/api/reconciliation")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.differences").isEmpty())
        .andExpect(jsonPath("$.balanced").value(true));
    var report = reconciliation.reconcile();
    var figures = report.lots().stream().filter(l -> l.lot().equals(lot)).findFirst().orElseThrow();
    assertThat(figures.produced()).isEqualTo(10_120);
    assertThat(figures.closedGood()).isEqualTo(10_000);
    assertThat(figures.released()).isEqualTo(6_987);
    assertThat(figures.shipped()).isEqualTo(3_000);
    assertThat(figures.consumedByTesting()).isEqualTo(13);
    var product =
        report.products().stream()
            .filter(p -> p.product().equals(ProductionFixture.BALL))
            .findFirst()
            .orElseThrow();
    assertThat(product.produced()).isEqualTo(product.good() + product.scrap());
    assertThat(product.good())
        .isEqualTo(
            product.inStock()
                + product.shipped()
                + product.consumedByTesting()
                + product.scrapped());
    var component =
        report.components().stream()
            .filter(c -> c.componentLot().equals(lastComponentLot))
            .findFirst()
            .orElseThrow();
    assertThat(component.received()).isEqualTo(20_000);
    assertThat(component.consumed()).isEqualTo(10_120);
    assertThat(component.scrapped()).isEqualTo(50);
    assertThat(component.inStock()).isEqualTo(9_830);
  }

  @Test
  void aRowChangedBehindTallysBackShowsAsADifferenceWithItsEvents() throws Exception {
    String lot = realisticFlow();
    int changed =
        jdbc.sql(
                "UPDATE finished_stock SET quantity = quantity - 7 WHERE lot = ? AND location ="
                    + " 'FG' AND state = 'RELEASED'")
            .param(lot)
            .update();
    assertThat(changed).isEqualTo(1);
    try {
      getAs("AUDITOR", "/api/reconciliation")
          .andExpect(jsonPath("$.balanced").value(false))
          .andExpect(jsonPath("$.differences.length()").value(1))
          .andExpect(jsonPath("$.differences[0].subject").value("lot " + lot))
          .andExpect(
              jsonPath("$.differences[0].rule").value(Matchers.startsWith("good + reworked in")))
          .andExpect(jsonPath("$.differences[0].expected").value(10_000))
          .andExpect(jsonPath("$.differences[0].actual").value(9_993))
          .andExpect(jsonPath("$.differences[0].events.length()").value(Matchers.greaterThan(4)));
    } finally {
      jdbc.sql(
              "UPDATE finished_stock SET quantity = quantity + 7 WHERE lot = ? AND location ="
                  + " 'FG' AND state = 'RELEASED'")
          .param(lot)
          .update();
    }
  }

  @Test
  void anAuthorisationUseChangedBehindTallysBackShowsAsADifference() throws Exception {
    String auth = plant.authorise("POLICE", ProductionFixture.BALL, 900);
    jdbc.sql("UPDATE authorisation SET used = 100 WHERE id = ?").param(auth).update();
    try {
      var diffs = reconciliation.reconcile().differences();
      assertThat(diffs)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.subject()).isEqualTo("authorisation " + auth);
                assertThat(d.expected()).isZero();
                assertThat(d.actual()).isEqualTo(100);
              });
    } finally {
      jdbc.sql("UPDATE authorisation SET used = 0 WHERE id = ?").param(auth).update();
    }
  }

  void receive(String componentLot, String component, long quantity) throws Exception {
    receiveReleased(componentLot, component, quantity, "STORES");
  }

  void issue(String componentLot, long quantity) throws Exception {
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/issues",
            """
            {"componentLot":"%s","quantity":%d,"from":"STORES","line":"L1"}"""
                .formatted(componentLot, quantity))
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
}
