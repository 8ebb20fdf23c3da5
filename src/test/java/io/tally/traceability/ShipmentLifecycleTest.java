package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.ledger.Replay;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every round accounted for after a shipment's creation: cancelled before dispatch it frees its
 * authorisation's quantity and its rounds; dispatched it is in transit until the consignee's
 * receipt; an authorisation suspended or revoked admits no new shipment, and an amendment never
 * goes below what is shipped.
 */
class ShipmentLifecycleTest extends TraceabilityApiSupport {
  @Autowired Replay replay;

  private void createAndApprove(String id, String customer, String auth, String lines)
      throws Exception {
    postAs("wh-alice", "WAREHOUSE", "/api/shipments", shipment(id, customer, auth, lines))
        .andExpect(status().isCreated());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/" + id + "/approval", null)
        .andExpect(status().isOk());
  }

  @Test
  void cancellingBeforeDispatchFreesTheAuthorisationQuantity() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("POLICE", ProductionFixture.BALL, 3_000);
    createAndApprove("SH-C1", "POLICE", auth, loose(lot, 2_500, "FG"));
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-C2", "POLICE", auth, loose(lot, 1_000, "FG")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("500 of 3000 remaining")));

    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-C1/cancellation", "{}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("reason"));
    postAs(
            "wh-dan",
            "WAREHOUSE",
            "/api/shipments/SH-C1/cancellation",
            "{\"reason\":\"order withdrawn\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"));

    assertThat(authorisations.find(auth).orElseThrow().used()).isZero();
    createAndApprove("SH-C2", "POLICE", auth, loose(lot, 3_000, "FG"));
    assertThat(authorisations.find(auth).orElseThrow().used()).isEqualTo(3_000);
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-C2/dispatch", null)
        .andExpect(status().isOk());
    long before = ledgerSize();
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-C2/cancellation", "{\"reason\":\"too late\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("status"));
    assertThat(ledgerSize()).isEqualTo(before);
    assertThat(replay.run().identical()).isTrue();
  }

  @Test
  void aDispatchedShipmentIsInTransitUntilTheConsigneesReceipt() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("POLICE", ProductionFixture.BALL, 1_000);
    createAndApprove("SH-R1", "POLICE", auth, loose(lot, 1_000, "FG"));
    String receipt =
        """
        {"receivedOn":"%s","receivedBy":"Sgt. Novak, armoury","document":"GRN-2027-118"}"""
            .formatted(LocalDate.now());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-R1/receipt", receipt)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("only one in transit")));

    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-R1/dispatch", null)
        .andExpect(jsonPath("$.status").value("DISPATCHED"));
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-R1/receipt", receipt)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RECEIVED"));
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-R1/receipt", receipt)
        .andExpect(status().isConflict());
    assertThat(replay.run().identical()).isTrue();
  }

  @Test
  void aSuspendedAuthorisationAdmitsNoNewShipmentUntilReinstated() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 2_000);
    String path = "/api/authorisations/" + auth;
    String document = "{\"documentRef\":\"letter MoD-77\",\"reason\":\"audit of the contract\"}";
    postAs("pl-pat", "PLANNER", path + "/suspension", document)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUSPENDED"));

    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-S1", "ARMY", auth, loose(lot, 500, "FG")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("authorisation"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("is SUSPENDED")));

    postAs("pl-pat", "PLANNER", path + "/reinstatement", document)
        .andExpect(jsonPath("$.status").value("ACTIVE"));
    createAndApprove("SH-S1", "ARMY", auth, loose(lot, 500, "FG"));

    postAs(
            "pl-pat",
            "PLANNER",
            path + "/amendments",
            "{\"quantity\":400,\"documentRef\":\"amendment 1\",\"reason\":\"cut\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("quantity"));
    postAs(
            "pl-pat",
            "PLANNER",
            path + "/amendments",
            "{\"quantity\":5000,\"documentRef\":\"amendment 1\",\"reason\":\"more\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.quantity").value(5000))
        .andExpect(jsonPath("$.remaining").value(4500))
        .andExpect(jsonPath("$.documentRef").value("amendment 1"));

    postAs("pl-pat", "PLANNER", path + "/revocation", document)
        .andExpect(jsonPath("$.status").value("REVOKED"));
    postAs("pl-pat", "PLANNER", path + "/reinstatement", document)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("status"));
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-S1/dispatch", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("is REVOKED")));
    assertThat(replay.run().identical()).isTrue();
  }
}
