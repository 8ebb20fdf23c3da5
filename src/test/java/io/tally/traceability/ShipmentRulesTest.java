package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** A shipment needs a valid authorisation, released lots, free stock and a second person. */
class ShipmentRulesTest extends TraceabilityApiSupport {

  @Test
  void shipsReleasedRoundsAfterASecondPersonApproves() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 5_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-1", "ARMY", auth, loose(lot, 3_000, "FG")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("CREATED"))
        .andExpect(jsonPath("$.quantity").value(3000));
    assertThat(authorisations.find(auth).orElseThrow().remaining()).isEqualTo(2_000);

    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-1/dispatch", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("status"));
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-1/approval", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("approver"));
    postAs("op-carl", "OPERATOR", "/api/shipments/SH-1/approval", null)
        .andExpect(status().isForbidden());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-1/approval", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.approvedBy").value("wh-dan"));
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-1/dispatch", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DISPATCHED"));

    assertThat(stock(lot, "FG", "SHIPPED")).isEqualTo(3_000);
    assertThat(stock(lot, "FG", "RELEASED")).isEqualTo(3_000);
    assertThat(stock(lot, "L1", "RELEASED")).isEqualTo(3_987);
  }

  @Test
  void refusesAnExpiredAuthorisationAndWritesNothing() throws Exception {
    String lot = releasedLotInStore();
    LocalDate today = LocalDate.now();
    String auth =
        plant.authorise(
            "ARMY", ProductionFixture.BALL, 5_000, today.minusDays(60), today.minusDays(1));
    long before = ledgerSize();
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-2", "ARMY", auth, loose(lot, 100, "FG")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("authorisation"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("expired on")));
    assertThat(ledgerSize()).isEqualTo(before);
  }

  @Test
  void refusesAnAuthorisationNotYetValid() throws Exception {
    String lot = releasedLotInStore();
    LocalDate today = LocalDate.now();
    String auth =
        plant.authorise(
            "ARMY", ProductionFixture.BALL, 5_000, today.plusDays(2), today.plusDays(9));
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-3", "ARMY", auth, loose(lot, 100, "FG")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("valid only from")));
  }

  @Test
  void refusesShipmentBeyondAuthorisedQuantity() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("POLICE", ProductionFixture.BALL, 1_000);
    long before = ledgerSize();
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-4", "POLICE", auth, loose(lot, 1_001, "FG")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("lines"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("1000 of 1000 remaining")));
    assertThat(ledgerSize()).isEqualTo(before);
    assertThat(authorisations.find(auth).orElseThrow().used()).isZero();
  }

  @Test
  void refusesALotNotReleased() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L2", 2_000, 10);
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 5_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-5", "ARMY", auth, loose(lot, 100, "L2")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("lines[0].lot"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("CLOSED, not released")));
  }

  @Test
  void refusesAProductTheAuthorisationDoesNotCover() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("ARMY", ProductionFixture.TRACER, 5_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-6", "ARMY", auth, loose(lot, 100, "FG")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("lines[0].lot"))
        .andExpect(
            jsonPath("$.detail").value(Matchers.containsString("covers only 762x39-TRACER")));
  }

  @Test
  void refusesACustomerThatIsNotTheAuthorisations() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 5_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-7", "POLICE", auth, loose(lot, 100, "FG")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("customer"));
  }

  @Test
  void refusesMoreRoundsThanAreFreeAtTheLocation() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 50_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-8", "ARMY", auth, loose(lot, 4_000, "FG")))
        .andExpect(status().isCreated());
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-9", "ARMY", auth, loose(lot, 2_001, "FG")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("lines[0].quantity"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("has 2000 released loose")));
  }

  @Test
  void aLotHeldAfterApprovalIsNotDispatched() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 5_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-10", "ARMY", auth, loose(lot, 500, "FG")))
        .andExpect(status().isCreated());
    postAs("admin-eve", "ADMIN", "/api/shipments/SH-10/approval", null).andExpect(status().isOk());
    plant.hold(lot);
    long before = ledgerSize();
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-10/dispatch", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("HELD now")));
    assertThat(ledgerSize()).isEqualTo(before);
    assertThat(stock(lot, "FG", "HELD")).isEqualTo(6_000);
  }

  @Test
  void theSameIdempotencyKeyCreatesOneShipment() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 5_000);
    String body = shipment("SH-11", "ARMY", auth, loose(lot, 700, "FG"));
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                      "/api/shipments")
                  .with(
                      org.springframework.security.test.web.servlet.request
                          .SecurityMockMvcRequestPostProcessors.user("wh-alice")
                          .roles("WAREHOUSE"))
                  .header("Idempotency-Key", "ship-11")
                  .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.quantity").value(700));
    }
    assertThat(authorisations.find(auth).orElseThrow().used()).isEqualTo(700);
  }
}
