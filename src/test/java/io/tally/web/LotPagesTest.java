package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.traceability.PackagingRequests;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** The lot, quality panel, shipment and reconciliation pages: what each role sees and may do. */
class LotPagesTest extends LotPagesSupport {
  @Autowired JdbcClient jdbc;

  ResultActions page(String role, String path) throws Exception {
    return mvc.perform(get(path).with(user(role.toLowerCase() + ".reader").roles(role)));
  }

  @Test
  void aLotPageShowsItsComponentsStockGraphToAnyRoleAndEntriesToAuditors() throws Exception {
    Made made = closedLot("L1");
    page("WAREHOUSE", "/lots/" + made.lot())
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(made.componentLot())))
        .andExpect(content().string(not(containsString("id=\"entries\""))))
        .andExpect(content().string(not(containsString("ComponentsConsumed"))));
    page("AUDITOR", "/lots/" + made.lot())
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(made.componentLot()),
                        containsString("CASE-762x39"),
                        containsString("Case Works (SA-77)"),
                        containsString("10,000"),
                        containsString("QUARANTINE"),
                        containsString("&quot;source&quot;:&quot;" + made.componentLot()),
                        containsString("LotClosed"),
                        containsString("ComponentsConsumed"),
                        containsString("/quality/lots/" + made.lot() + "/panel"))));
  }

  @Test
  void aComponentLotLeadsToTheLotsItWentInto() throws Exception {
    Made made = closedLot("L2");
    page("AUDITOR", "/lots/" + made.componentLot())
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Component lot"),
                        containsString("href=\"/lots/" + made.lot() + "\""),
                        not(containsString("/panel")))));
  }

  @Test
  void aReworkLotShowsItsParentAndTheParentsComponents() throws Exception {
    Made made = closedLot("L1");
    mvc.perform(inspection(made.lot(), 50)).andExpect(status().isOk());
    mvc.perform(
            post("/api/quality/lots/{lot}/rework", made.lot())
                .with(user("qa.web").roles("QUALITY"))
                .contentType("application/json")
                .content("{\"reason\":\"re-gauge\"}"))
        .andExpect(status().is2xxSuccessful());
    String rework = made.lot() + "A";
    page("OPERATOR", "/lots/" + rework)
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("reworked from"),
                        containsString(made.componentLot()),
                        containsString(
                            "&quot;source&quot;:&quot;"
                                + made.lot()
                                + "&quot;,&quot;target&quot;:&quot;"
                                + rework),
                        containsString("&quot;kind&quot;:&quot;REWORK_LOT&quot;"))));
  }

  @Test
  void aPackagingUnitIsTracedToItsLotAndComponents() throws Exception {
    Made made = releasedLot("L2");
    String box =
        commands.execute(WAREHOUSE, new PackagingRequests.Pack(made.lot(), "L2", 1))[0].sscc();
    page("AUDITOR", "/lots/" + box)
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Packaging unit"),
                        containsString("href=\"/lots/" + made.lot() + "\""),
                        containsString(made.componentLot()),
                        containsString("PackagingUnitsPacked"))));
  }

  @Test
  void theSearchOpensTheLotAndAnUnknownOneIsNotFound() throws Exception {
    mvc.perform(get("/lots").param("q", " RCP27C001-004 ").with(user("a").roles("OPERATOR")))
        .andExpect(redirectedUrl("/lots/RCP27C001-004"));
    page("OPERATOR", "/lots/NO-SUCH-LOT")
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("&#39;NO-SUCH-LOT&#39; is no finished lot")));
    mvc.perform(get("/lots/X")).andExpect(status().is3xxRedirection());
  }

  @Test
  void onlyAQualityUserGetsTheInspectionFormOfAClosedLot() throws Exception {
    Made made = closedLot("L1");
    String panel = "/quality/lots/" + made.lot() + "/panel";
    page("QUALITY", panel)
        .andExpect(content().string(containsString("id=\"inspection-form\"")))
        .andExpect(content().string(containsString("CLOSED")));
    page("AUDITOR", panel)
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("inspection-form"))));
    page("WAREHOUSE", panel).andExpect(content().string(not(containsString("inspection-form"))));
  }

  @Test
  void theFormReleasesTheLotAndLinksTheCertificate() throws Exception {
    Made made = closedLot("L2");
    mvc.perform(inspection(made.lot(), 0))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Inspection recorded."),
                        containsString("RELEASED"),
                        containsString("/quality/lots/" + made.lot() + "/certificate"),
                        not(containsString("inspection-form")))));
    page("PLANNER", "/quality/lots/" + made.lot() + "/panel").andExpect(status().isForbidden());
    page("OPERATOR", "/quality/lots/" + made.lot() + "/panel").andExpect(status().isForbidden());
    page("PLANNER", "/lots/" + made.lot())
        .andExpect(content().string(containsString("RELEASED")))
        .andExpect(content().string(not(containsString("/panel"))));
  }

  @Test
  void aRefusedInspectionIsShownNextToTheFormAndWritesNothing() throws Exception {
    Made made = closedLot("L1");
    long before = entries();
    mvc.perform(
            post("/quality/lots/{lot}/inspections", made.lot())
                .with(user("qa.web").roles("QUALITY"))
                .with(csrf())
                .param("key", UUID.randomUUID().toString())
                .param("class", "major")
                .param("n", "7")
                .param("d", "0"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("<b>results[0].n</b>")))
        .andExpect(content().string(containsString("id=\"inspection-form\"")));
    assertThat(entries()).isEqualTo(before);
    mvc.perform(
            post("/quality/lots/{lot}/inspections", made.lot())
                .with(user("op").roles("OPERATOR", "AUDITOR", "ADMIN"))
                .with(csrf())
                .param("key", "k")
                .param("class", "major")
                .param("n", "7")
                .param("d", "0"))
        .andExpect(status().isForbidden());
  }

  @Test
  void theWarehouseCreatesAndASecondPersonApprovesThenItIsDispatched() throws Exception {
    Made made = releasedLot("L1");
    String auth = authorise("LAW-ENF", 5_000);
    String key = UUID.randomUUID().toString();
    for (int attempt = 0; attempt < 2; attempt++) {
      mvc.perform(
              post("/shipments")
                  .with(user("wh.alice").roles("WAREHOUSE"))
                  .with(csrf())
                  .header("HX-Request", "true")
                  .param("key", key)
                  .param("id", "SH-WEB-1")
                  .param("customer", "LAW-ENF")
                  .param("authorisation", auth)
                  .param("lines", made.lot() + " 1500 L1\n"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Shipment SH-WEB-1 created")));
    }
    assertThat(count("ShipmentCreated", "SH-WEB-1")).isEqualTo(1);
    mvc.perform(get("/shipments").with(user("wh.alice").roles("WAREHOUSE")))
        .andExpect(content().string(containsString("awaiting a second person")))
        .andExpect(content().string(not(containsString("/shipments/SH-WEB-1/approval"))));
    mvc.perform(get("/shipments").with(user("wh.bob").roles("WAREHOUSE")))
        .andExpect(content().string(containsString("/shipments/SH-WEB-1/approval")));
    approve("wh.alice")
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("a second person must approve it")));
    approve("wh.bob").andExpect(status().isOk());
    mvc.perform(
            post("/shipments/SH-WEB-1/dispatch")
                .with(user("wh.alice").roles("WAREHOUSE"))
                .with(csrf())
                .param("key", UUID.randomUUID().toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Shipment SH-WEB-1 dispatched.")))
        .andExpect(content().string(containsString("DISPATCHED")));
    page("PLANNER", "/lots/" + made.lot())
        .andExpect(content().string(containsString("SH-WEB-1")))
        .andExpect(content().string(containsString("LAW-ENF")));
  }

  @Test
  void aRefusedShipmentIsShownNextToTheCreateForm() throws Exception {
    String auth = authorise("LAW-ENF", 100);
    mvc.perform(
            post("/shipments")
                .with(user("wh.alice").roles("WAREHOUSE"))
                .with(csrf())
                .header("HX-Request", "true")
                .param("key", UUID.randomUUID().toString())
                .param("id", "SH-WEB-BAD")
                .param("customer", "LAW-ENF")
                .param("authorisation", auth)
                .param("lines", "LOT-X two L1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<b>lines[0].quantity</b>")))
        .andExpect(content().string(containsString("LOT-X two L1</textarea>")));
  }

  ResultActions approve(String who) throws Exception {
    return mvc.perform(
        post("/shipments/SH-WEB-1/approval")
            .with(user(who).roles("WAREHOUSE"))
            .with(csrf())
            .param("key", UUID.randomUUID().toString()));
  }

  @Test
  void onlyTheWarehouseGetsTheShipmentForms() throws Exception {
    page("WAREHOUSE", "/shipments").andExpect(content().string(containsString("Create shipment")));
    page("AUDITOR", "/shipments")
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Create shipment"))));
    mvc.perform(
            post("/shipments")
                .with(user("aud").roles("AUDITOR", "ADMIN", "QUALITY"))
                .with(csrf())
                .param("key", "k"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/shipments/X/dispatch")
                .with(user("adm").roles("ADMIN"))
                .with(csrf())
                .param("key", "k"))
        .andExpect(status().isForbidden());
  }

  @Test
  void reconciliationIsForAuditorsAndAdmins() throws Exception {
    closedLot("L2");
    page("AUDITOR", "/reconciliation")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(BALL)))
        .andExpect(content().string(containsString("Balanced")));
    page("ADMIN", "/reconciliation").andExpect(status().isOk());
    page("WAREHOUSE", "/reconciliation").andExpect(status().isForbidden());
    page("QUALITY", "/reconciliation").andExpect(status().isForbidden());
  }

  @Test
  void theNavigationShowsEachRoleItsPages() throws Exception {
    page("QUALITY", "/shipments")
        .andExpect(content().string(containsString("href=\"/quality\"")))
        .andExpect(content().string(not(containsString("href=\"/reconciliation\""))));
    page("WAREHOUSE", "/shipments")
        .andExpect(content().string(not(containsString("href=\"/quality\""))));
    page("AUDITOR", "/shipments")
        .andExpect(content().string(containsString("href=\"/reconciliation\"")));
  }

  long entries() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  long count(String type, String shipment) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = ? AND payload LIKE ?")
        .params(type, "%\"" + shipment + "\"%")
        .query(Long.class)
        .single();
  }
}
