package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The dispatch note names shipment, customer, authorisation, lots, approvals and entries. */
class DispatchNoteTest extends TraceabilityApiSupport {
  @org.springframework.beans.factory.annotation.Autowired io.tally.ledger.Checkpoints checkpoints;

  @Test
  void theDispatchNoteNamesEverythingAnInspectorChecks() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("LAW-ENF", ProductionFixture.BALL, 9_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-N1", "LAW-ENF", auth, loose(lot, 2_500, "FG")))
        .andExpect(status().isCreated());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-N1/approval", null).andExpect(status().isOk());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-N1/dispatch", null)
        .andExpect(status().isOk());
    mvc.perform(get("/shipments/SH-N1/dispatch-note").with(user("aud").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.allOf(
                        Matchers.containsString("Dispatch note <span>SH-N1</span>"),
                        Matchers.containsString("Other law enforcement agencies (LAW-ENF)"),
                        Matchers.containsString("contract " + auth),
                        Matchers.containsString("2,500 of 9,000 used"),
                        Matchers.containsString(lot),
                        Matchers.containsString("2,500"),
                        Matchers.containsString("wh-dan"),
                        Matchers.containsString("ShipmentCreated"),
                        Matchers.containsString("ShipmentApproved"),
                        Matchers.containsString("ShipmentDispatched"))));
    long dispatched =
        jdbc.sql("SELECT MAX(seq) FROM ledger_entry WHERE type = 'ShipmentDispatched'")
            .query(Long.class)
            .single();
    var checkpoint = checkpoints.latest().orElseThrow();
    assertThat(checkpoint.treeSize()).isGreaterThanOrEqualTo(dispatched);
    mvc.perform(get("/shipments/SH-N1/dispatch-note").with(user("aud").roles("AUDITOR")))
        .andExpect(
            content()
                .string(
                    Matchers.allOf(
                        Matchers.containsString(
                            "class=\"checkpoint-size\">" + checkpoint.treeSize() + "</b>"),
                        Matchers.containsString(checkpoint.rootHash()))));
    mvc.perform(get("/shipments/NOPE/dispatch-note").with(user("aud").roles("AUDITOR")))
        .andExpect(status().isNotFound());
  }
}
