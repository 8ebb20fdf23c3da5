package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.Projection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Corrections of component consumptions and of moves: a new entry naming the one it corrects, with
 * a reason, a second person above the configured size (1,000), and effects on the genealogy, the
 * stock and reconciliation.
 */
class StockCorrectionTest extends TraceabilityApiSupport {
  @Autowired List<Projection> projections;
  @Autowired LedgerEntries entries;
  @Autowired Reconciliation reconciliation;

  /** Component lot {@code cl} received, {@code issued} of it at L1, {@code consumed} into a lot. */
  long consumed(String cl, long issued, long consumed, String lot) throws Exception {
    receiveReleased(cl, "BULLET-762-SC", issued + 100, "STORES");
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/issues",
            """
            {"componentLot":"%s","quantity":%d,"from":"STORES","line":"L1"}"""
                .formatted(cl, issued))
        .andExpect(status().isCreated());
    String body =
        postAs(
                "op-carl",
                "OPERATOR",
                "/api/component-lots/consumptions",
                """
                {"componentLot":"%s","lot":"%s","quantity":%d}"""
                    .formatted(cl, lot, consumed))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.ledgerSeq")).longValue();
  }

  long componentStock(String cl, String location) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM component_stock WHERE component_lot = ? AND"
                + " location = ?")
        .params(cl, location)
        .query(Long.class)
        .single();
  }

  long consumption(long seq) {
    return jdbc.sql("SELECT quantity FROM consumption WHERE seq = ?")
        .param(seq)
        .query(Long.class)
        .single();
  }

  long lastEntry(String type) {
    return jdbc.sql("SELECT MAX(seq) FROM ledger_entry WHERE type = ?")
        .param(type)
        .query(Long.class)
        .single();
  }

  @Test
  void aConsumptionCorrectedChangesTheGenealogyAndTheStockAndReconciles() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 2_000, 10);
    long seq = consumed("SC-CL-1", 600, 500, lot);
    String body =
        postAs(
                "op-carl",
                "OPERATOR",
                "/api/corrections/consumptions",
                """
                {"corrects":%d,"quantity":450,"reason":"typed 500 for 450"}"""
                    .formatted(seq))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("CONSUMPTION"))
            .andExpect(jsonPath("$.wasQuantity").value(500))
            .andExpect(jsonPath("$.quantity").value(450))
            .andExpect(jsonPath("$.change").value(-50))
            .andExpect(jsonPath("$.status").value("IN_EFFECT"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long correction = ((Number) JsonPath.read(body, "$.seq")).longValue();
    assertThat(
            jdbc.sql("SELECT corrects FROM ledger_entry WHERE seq = ?")
                .param(correction)
                .query(Long.class)
                .single())
        .isEqualTo(seq);
    assertThat(consumption(seq)).isEqualTo(450);
    assertThat(componentStock("SC-CL-1", "L1")).isEqualTo(150);
    getAs("AUDITOR", "/api/trace/" + lot)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("\"quantity\":450")));

    ReconciliationReport r = reconciliation.reconcile();
    assertThat(r.differences()).isEmpty();
    assertThat(r.components())
        .filteredOn(c -> c.componentLot().equals("SC-CL-1"))
        .singleElement()
        .satisfies(c -> assertThat(c.consumed()).isEqualTo(450));
    assertThat(r.stockCorrections())
        .anySatisfy(
            c -> {
              assertThat(c.correction()).isEqualTo(correction);
              assertThat(c.corrects()).isEqualTo(seq);
              assertThat(c.change()).isEqualTo(-50);
            });

    postAs(
            "qe-anna",
            "QUALITY",
            "/api/corrections/consumptions",
            """
            {"corrects":%d,"void":true,"reason":"it went into another lot"}"""
                .formatted(seq))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.voided").value(true));
    assertThat(componentStock("SC-CL-1", "L1")).isEqualTo(600);
    getAs("AUDITOR", "/api/trace/" + lot)
        .andExpect(content().string(Matchers.not(Matchers.containsString("SC-CL-1"))));
    assertThat(reconciliation.reconcile().differences()).isEmpty();
  }

  @Test
  void refusesBadConsumptionCorrectionsAndWritesNothing() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 2_000, 10);
    long seq = consumed("SC-CL-2", 300, 200, lot);
    long countSeq = lastEntry("CountReported");
    long before = ledgerSize();
    String[][] cases = {
      {"{\"corrects\":%d.5,\"quantity\":10,\"reason\":\"r\"}".formatted(seq), "corrects"},
      {"{\"corrects\":%d,\"quantity\":-1,\"reason\":\"r\"}".formatted(seq), "quantity"},
      {"{\"corrects\":%d,\"quantity\":1.5,\"reason\":\"r\"}".formatted(seq), "quantity"},
      {"{\"corrects\":%d,\"quantity\":10}".formatted(seq), "reason"},
      {"{\"corrects\":%d,\"quantity\":10,\"void\":true,\"reason\":\"r\"}".formatted(seq), "void"},
      {"{\"corrects\":%d,\"quantity\":200,\"reason\":\"r\"}".formatted(seq), "quantity"},
      {"{\"corrects\":%d,\"quantity\":10,\"reason\":\"r\"}".formatted(countSeq), "corrects"},
      {"{\"quantity\":10,\"reason\":\"r\"}", "corrects"},
    };
    for (String[] c : cases) {
      postAs("op-carl", "OPERATOR", "/api/corrections/consumptions", c[0])
          .andExpect(status().is4xxClientError())
          .andExpect(jsonPath("$.field").value(c[1]));
    }
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/corrections/consumptions",
            "{\"corrects\":999999999,\"quantity\":10,\"reason\":\"r\"}")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("corrects"));
    // 100 more units than the 100 left at L1.
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/corrections/consumptions",
            "{\"corrects\":%d,\"quantity\":301,\"reason\":\"r\"}".formatted(seq))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("quantity"));
    postAs(
            "audit-eve",
            "AUDITOR",
            "/api/corrections/consumptions",
            "{\"corrects\":%d,\"quantity\":10,\"reason\":\"r\"}".formatted(seq))
        .andExpect(status().isForbidden());
    assertThat(ledgerSize()).isEqualTo(before);
    assertThat(consumption(seq)).isEqualTo(200);
  }

  @Test
  void aLargeCorrectionWaitsForASecondPersonAndIsIdempotent() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 5_000, 10);
    long seq = consumed("SC-CL-3", 4_000, 3_000, lot);
    String json =
        """
        {"corrects":%d,"void":true,"reason":"booked against the wrong lot"}"""
            .formatted(seq);
    String first = correctWithKey(json, "k-sc-3").andReturn().getResponse().getContentAsString();
    long before = ledgerSize();
    String again = correctWithKey(json, "k-sc-3").andReturn().getResponse().getContentAsString();
    assertThat(again).isEqualTo(first);
    assertThat(ledgerSize()).isEqualTo(before);
    long correction = ((Number) JsonPath.read(first, "$.seq")).longValue();
    assertThat(JsonPath.<String>read(first, "$.status")).isEqualTo("PENDING");
    assertThat(consumption(seq)).isEqualTo(3_000);
    assertThat(componentStock("SC-CL-3", "L1")).isEqualTo(1_000);
    getAs("OPERATOR", "/api/corrections/stock")
        .andExpect(jsonPath("$[*].seq", Matchers.hasItem((int) correction)));
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/corrections/consumptions",
            "{\"corrects\":%d,\"quantity\":10,\"reason\":\"r\"}".formatted(seq))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("corrects"));

    String approval = "/api/corrections/stock/" + correction + "/approval";
    postAs("op-carl", "OPERATOR", approval, null).andExpect(status().isForbidden());
    postAs("op-carl", "QUALITY", approval, null)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("correction"));
    assertThat(consumption(seq)).isEqualTo(3_000);
    postAs("qe-anna", "QUALITY", approval, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_EFFECT"))
        .andExpect(jsonPath("$.approvedBy").value("qe-anna"));
    assertThat(consumption(seq)).isZero();
    assertThat(componentStock("SC-CL-3", "L1")).isEqualTo(4_000);
    postAs("admin-al", "ADMIN", approval, null).andExpect(status().isConflict());
    assertThat(reconciliation.reconcile().differences()).isEmpty();
  }

  org.springframework.test.web.servlet.ResultActions correctWithKey(String json, String key)
      throws Exception {
    return mvc.perform(
            post("/api/corrections/consumptions")
                .with(user("op-carl").roles("OPERATOR"))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isCreated());
  }

  @Test
  void aMoveToTheWrongPlaceIsCorrectedOnceAndItsStockFollows() throws Exception {
    String lot = releasedLotInStore();
    String moved =
        postAs(
                "wh-bob",
                "WAREHOUSE",
                "/api/inventory/moves",
                """
                {"material":"FINISHED","lot":"%s","quantity":300,"from":"FG","to":"DISPATCH"}"""
                    .formatted(lot))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long seq = ((Number) JsonPath.read(moved, "$.ledgerSeq")).longValue();
    long before = ledgerSize();
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/corrections/moves",
            "{\"corrects\":%d,\"to\":\"DISPATCH\",\"reason\":\"r\"}".formatted(seq))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("to"));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/corrections/moves",
            "{\"corrects\":%d,\"to\":\"NOWHERE\",\"reason\":\"r\"}".formatted(seq))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("to"));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/corrections/moves",
            "{\"corrects\":%d,\"void\":true,\"to\":\"FG\",\"reason\":\"r\"}".formatted(seq))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.field").value("to"));
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/corrections/moves",
            "{\"corrects\":%d,\"to\":\"REJECT\",\"reason\":\"r\"}".formatted(seq))
        .andExpect(status().isForbidden());
    assertThat(ledgerSize()).isEqualTo(before);

    long dispatch = stock(lot, "DISPATCH", "RELEASED");
    long reject = stock(lot, "REJECT", "RELEASED");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/corrections/moves",
            """
            {"corrects":%d,"to":"REJECT","reason":"put down in the wrong bay"}"""
                .formatted(seq))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.from").value("DISPATCH"))
        .andExpect(jsonPath("$.to").value("REJECT"))
        .andExpect(jsonPath("$.status").value("IN_EFFECT"));
    assertThat(stock(lot, "DISPATCH", "RELEASED")).isEqualTo(dispatch - 300);
    assertThat(stock(lot, "REJECT", "RELEASED")).isEqualTo(reject + 300);
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/corrections/moves",
            "{\"corrects\":%d,\"void\":true,\"reason\":\"r\"}".formatted(seq))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("corrects"));
    assertThat(reconciliation.reconcile().differences()).isEmpty();
    move(lot, 300, "REJECT", "FG");
  }

  @Test
  void aUnitMoveVoidedTakesTheUnitBackUnlessItMovedOnSince() throws Exception {
    String lot = releasedLotInStore();
    String packed =
        postAs(
                "wh-bob",
                "WAREHOUSE",
                "/api/units",
                """
                {"lot":"%s","location":"FG","units":2}"""
                    .formatted(lot))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> units = JsonPath.read(packed, "$[*].sscc");
    for (String unit : units) {
      postAs(
              "wh-bob",
              "WAREHOUSE",
              "/api/units/moves",
              """
              {"unit":"%s","to":"DISPATCH"}"""
                  .formatted(unit))
          .andExpect(status().isOk());
    }
    long second = lastEntry("PackagingUnitMoved");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units/moves",
            """
            {"unit":"%s","to":"REJECT"}"""
                .formatted(units.get(1)))
        .andExpect(status().isOk());
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/corrections/moves",
            "{\"corrects\":%d,\"void\":true,\"reason\":\"r\"}".formatted(second))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("corrects"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("at REJECT now")));
    long first = second - 1;
    assertThat(
            jdbc.sql("SELECT type FROM ledger_entry WHERE seq = ?")
                .param(first)
                .query(String.class)
                .single())
        .isEqualTo("PackagingUnitMoved");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/corrections/moves",
            "{\"corrects\":%d,\"void\":true,\"reason\":\"never left the store\"}".formatted(first))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.material").value("UNIT"))
        .andExpect(jsonPath("$.subject").value(units.get(0)))
        .andExpect(jsonPath("$.to").value("FG"));
    getAs("AUDITOR", "/api/units/" + units.get(0)).andExpect(jsonPath("$.location").value("FG"));
    assertThat(reconciliation.reconcile().differences()).isEmpty();
  }

  @Test
  void replayAfterCorrectionsRebuildsTheSameTables() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 5_000, 10);
    long seq = consumed("SC-CL-4", 2_000, 1_500, lot);
    String body =
        postAs(
                "op-carl",
                "OPERATOR",
                "/api/corrections/consumptions",
                "{\"corrects\":%d,\"quantity\":100,\"reason\":\"r\"}".formatted(seq))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long correction = ((Number) JsonPath.read(body, "$.seq")).longValue();
    postAs("qe-anna", "QUALITY", "/api/corrections/stock/" + correction + "/approval", null)
        .andExpect(status().isOk());
    List<String> tables =
        List.of(
            "consumption",
            "component_stock",
            "finished_stock",
            "packaging_unit",
            "stock_correction");
    Map<String, List<String>> before = snapshot(tables);
    assertThat(before.get("stock_correction")).isNotEmpty();
    tx.executeWithoutResult(
        s -> {
          for (Projection p : projections) {
            p.tables().forEach(t -> jdbc.sql("DELETE FROM " + t).update());
          }
          entries.forEach(e -> projections.forEach(p -> p.apply(e)));
        });
    assertThat(snapshot(tables)).isEqualTo(before);
  }

  Map<String, List<String>> snapshot(List<String> tables) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String t : tables) {
      out.put(
          t,
          jdbc
              .sql("SELECT * FROM " + t)
              .query(
                  (rs, n) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                      b.append(rs.getString(i)).append(';');
                    }
                    return b.toString();
                  })
              .list()
              .stream()
              .sorted()
              .toList());
    }
    return out;
  }

  static org.springframework.test.web.servlet.result.ContentResultMatchers content() {
    return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content();
  }
}
