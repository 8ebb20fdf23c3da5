package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.tally.kernel.Actor;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.Projection;
import io.tally.traceability.IncomingEvent.ComponentLotQuarantined;
import io.tally.traceability.IncomingEvent.ComponentLotReceived;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Incoming components through the API: quarantine at receipt, approved suppliers only, receiving
 * inspection by the stream of each component and supplier, returns of rejected lots, expiry, and
 * the component balance of finished lots with its tolerance and reasons.
 */
class IncomingComponentsTest extends TraceabilityApiSupport {
  @Autowired List<Projection> projections;
  @Autowired LedgerEntries entries;

  static String id(String prefix) {
    return prefix + "-" + ProductionFixture.newLot().substring(10);
  }

  static String receiptFrom(String lot, String component, String supplier, long quantity) {
    return """
        {"componentLot":"%s","component":"%s","supplier":"%s","supplierLot":"S-1",
         "quantity":%d,"location":"STORES","certificate":"COC-%s"}"""
        .formatted(lot, component, supplier, quantity, lot);
  }

  String issue(String lot, long quantity, String line) {
    return """
        {"componentLot":"%s","quantity":%d,"from":"STORES","line":"%s"}"""
        .formatted(lot, quantity, line);
  }

  String lotState(String lot) throws Exception {
    String body =
        getAs("AUDITOR", "/api/component-lots/" + lot)
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.state");
  }

  @Test
  void aReceivedLotIsQuarantinedAndCannotBeIssuedUntilInspectionReleasesIt() throws Exception {
    String lot = id("PQ");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receipt(lot, "PRIMER-BOXER-SR", 5_000, "STORES"))
        .andExpect(status().isCreated());
    getAs("AUDITOR", "/api/component-lots/" + lot)
        .andExpect(jsonPath("$.state").value("QUARANTINE"))
        .andExpect(jsonPath("$.certificate").value("COC-" + lot))
        .andExpect(jsonPath("$.supplier").value("Primer Works"));
    long before = ledgerSize();
    postAs("op-carl", "OPERATOR", "/api/component-lots/issues", issue(lot, 100, "L1"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("componentLot"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("QUARANTINE")));
    assertThat(ledgerSize()).isEqualTo(before);

    // 5,000 units at level II is letter L; AQL 0.4 normal: n = 200, Ac 2, Re 3.
    getAs("QUALITY", "/api/component-lots/" + lot + "/plan")
        .andExpect(jsonPath("$.severity").value("NORMAL"))
        .andExpect(jsonPath("$.n").value(200))
        .andExpect(jsonPath("$.ac").value(2))
        .andExpect(jsonPath("$.re").value(3));
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/" + lot + "/inspection",
            "{\"nonconforming\":0}")
        .andExpect(status().isForbidden());
    inspect(lot, 201)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("nonconforming"));
    postAs("qa-quinn", "QUALITY", "/api/component-lots/" + lot + "/inspection", "{}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("nonconforming"));
    assertThat(ledgerSize()).isEqualTo(before);

    inspect(lot, 2).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RELEASED"));
    inspect(lot, 0)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("componentLot"));
    postAs("op-carl", "OPERATOR", "/api/component-lots/issues", issue(lot, 100, "L1"))
        .andExpect(status().isCreated());
  }

  @Test
  void receiptsAreRefusedFieldByFieldWritingNothing() throws Exception {
    long before = ledgerSize();
    String lot = id("CB");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receiptFrom(lot, "CASE-762x39", "Primer Works", 1_000))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("supplier"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("Case Works")));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receipt(lot, "CASE-762x39", 1_000, "STORES")
                .replace(",\"certificate\":\"COC-" + lot + "\"", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("certificate"));
    String yesterday = LocalDate.now().minusDays(1).toString();
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receipt(lot, "CASE-762x39", 1_000, "STORES")
                .replace("}", ",\"expiry\":\"" + yesterday + "\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("expiry"));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receipt(lot, "CASE-762x39", 1_000, "STORES").replace("}", ",\"retest\":\"tomorrow\"}"))
        .andExpect(status().isBadRequest());
    assertThat(ledgerSize()).isEqualTo(before);
  }

  @Test
  void anAdminApprovesAndWithdrawsSuppliersAndOnlyApprovedOnesDeliver() throws Exception {
    String approval =
        """
        {"component":"CASE-762x39-BL","supplier":"Blank Brass Co","reason":"audited 2027-02"}""";
    postAs("wh-bob", "WAREHOUSE", "/api/suppliers/approvals", approval)
        .andExpect(status().isForbidden());
    postAs(
            "adm-ada",
            "ADMIN",
            "/api/suppliers/approvals",
            approval.replace("CASE-762x39-BL", "FUSE-9"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("component"));
    String lot = id("BL");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receiptFrom(lot, "CASE-762x39-BL", "Blank Brass Co", 500))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("supplier"));

    postAs("adm-ada", "ADMIN", "/api/suppliers/approvals", approval)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.approved").value(true))
        .andExpect(jsonPath("$.source").value("LEDGER"))
        .andExpect(jsonPath("$.changedBy").value("adm-ada"));
    postAs("adm-ada", "ADMIN", "/api/suppliers/approvals", approval)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("supplier"));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receiptFrom(lot, "CASE-762x39-BL", "Blank Brass Co", 500))
        .andExpect(status().isCreated());

    postAs(
            "adm-ada",
            "ADMIN",
            "/api/suppliers/withdrawals",
            approval.replace("audited", "failed audit"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.approved").value(false));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receiptFrom(id("BL"), "CASE-762x39-BL", "Blank Brass Co", 500))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("supplier"));
    // The plant file's approval of Case Works can be withdrawn too.
    postAs(
            "adm-ada",
            "ADMIN",
            "/api/suppliers/withdrawals",
            """
            {"component":"CASE-762x39-BL","supplier":"Case Works","reason":"plant closed"}""")
        .andExpect(status().isOk());
    getAs("AUDITOR", "/api/suppliers")
        .andExpect(
            jsonPath("$[?(@.component == 'CASE-762x39-BL' && @.approved == true)]").isEmpty());
    postAs(
            "adm-ada",
            "ADMIN",
            "/api/suppliers/withdrawals",
            """
            {"component":"CASE-762x39-BL","supplier":"Case Works","reason":"again"}""")
        .andExpect(status().isConflict());
  }

  @Test
  void eachComponentAndSupplierHasItsOwnStreamAndItsSwitchingRules() throws Exception {
    String first = rejected("BULLET-762-SC", "Bullet Works");
    rejected("BULLET-762-SC", "Bullet Works");
    getAs("AUDITOR", "/api/receiving-streams")
        .andExpect(
            jsonPath(
                    "$[?(@.component == 'BULLET-762-SC' && @.supplier == 'Bullet Works')].severity")
                .value(Matchers.contains("TIGHTENED")));
    String other = id("BA");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receiptFrom(other, "BULLET-762-SC", "Allied Components", 1_000))
        .andExpect(status().isCreated());
    getAs("QUALITY", "/api/component-lots/" + other + "/plan")
        .andExpect(jsonPath("$.severity").value("NORMAL"));
    String next = id("BW");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receiptFrom(next, "BULLET-762-SC", "Bullet Works", 1_000))
        .andExpect(status().isCreated());
    // 1,000 units: letter J; AQL 1.0 normal n = 80 Ac 2 Re 3, tightened n = 80 Ac 1 Re 2.
    getAs("QUALITY", "/api/component-lots/" + next + "/plan")
        .andExpect(jsonPath("$.severity").value("TIGHTENED"))
        .andExpect(jsonPath("$.ac").value(1));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = 'ReceivingStreamSwitched'")
                .query(Long.class)
                .single())
        .isPositive();

    assertThat(lotState(first)).isEqualTo("REJECTED");
    postAs("op-carl", "OPERATOR", "/api/component-lots/issues", issue(first, 10, "L1"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("REJECTED")));
  }

  @Test
  void aRejectedLotIsReturnedOrScrappedAndReconciles() throws Exception {
    String lot = rejected("CHARGE-762x39", "Charge Works");
    String giveBack =
        """
        {"componentLot":"%s","quantity":%d,"location":"STORES","reference":"RMA-7"}""";
    postAs("op-carl", "OPERATOR", "/api/component-lots/returns", giveBack.formatted(lot, 400))
        .andExpect(status().isForbidden());
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots/returns", giveBack.formatted(lot, 1_001))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("quantity"));
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots/returns", giveBack.formatted(lot, 400))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.inStock").value(600));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots/scrap",
            """
            {"componentLot":"%s","quantity":600,"location":"STORES","reason":"rejected"}"""
                .formatted(lot))
        .andExpect(status().isCreated());
    String released = id("CR");
    receiveReleased(released, "CHARGE-762x39", 100, "STORES");
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots/returns", giveBack.formatted(released, 1))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("componentLot"));
    String report =
        getAs("AUDITOR", "/api/reconciliation").andReturn().getResponse().getContentAsString();
    assertThat(
            JsonPath.<List<Integer>>read(
                report, "$.components[?(@.componentLot == '" + lot + "')].returned"))
        .containsExactly(400);
    assertThat(
            JsonPath.<List<Object>>read(
                report, "$.differences[?(@.subject == 'component lot " + lot + "')]"))
        .isEmpty();
  }

  @Test
  void aLotPastItsExpiryOrRetestDateIsNeitherIssuedNorConsumed() throws Exception {
    String expired = id("PX");
    String retest = id("PT");
    LocalDate yesterday = LocalDate.now().minusDays(1);
    // Received when the dates were ahead: the dates have passed since.
    tx.executeWithoutResult(
        s -> {
          for (String lot : List.of(expired, retest)) {
            ledger.append(
                new Actor("wh-bob"),
                new ComponentLotReceived(
                    lot, "PRIMER-BOXER-SR", "Primer Works", "PW-9", 1_000, "STORES"),
                new ComponentLotQuarantined(
                    lot,
                    "PW-C-9",
                    lot.equals(expired) ? yesterday : null,
                    lot.equals(retest) ? yesterday : null));
          }
        });
    inspect(expired, 0).andExpect(jsonPath("$.state").value("RELEASED"));
    inspect(retest, 0).andExpect(jsonPath("$.state").value("RELEASED"));
    postAs("op-carl", "OPERATOR", "/api/component-lots/issues", issue(expired, 10, "L1"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("componentLot"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("expiry date " + yesterday)));
    postAs("op-carl", "OPERATOR", "/api/component-lots/issues", issue(retest, 10, "L1"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("re-test date")));
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 100, 0);
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/consumptions",
            """
            {"componentLot":"%s","lot":"%s","quantity":10,"location":"STORES"}"""
                .formatted(expired, lot))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("componentLot"));
  }

  @Test
  void aBalanceOutsideItsToleranceIsFlaggedUntilAReasonIsRecorded() throws Exception {
    String primer = id("PB");
    String charge = id("CB");
    receiveReleased(primer, "PRIMER-BOXER-SR", 5_000, "STORES");
    receiveReleased(charge, "CHARGE-762x39", 5_000, "STORES");
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots/issues", issue(primer, 1_000, "L2"))
        .andExpect(status().isCreated());
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots/issues", issue(charge, 1_000, "L2"))
        .andExpect(status().isCreated());
    String lot = plant.produceLot(ProductionFixture.BALL, "L2", 990, 10);
    consume(primer, lot, 990);
    consume(charge, lot, 990);

    String path = "/api/component-balances/" + lot + "/PRIMER-BOXER-SR/reason";
    String open = "$[?(@.lot == '" + lot + "')].component";
    getAs("AUDITOR", "/api/component-balances?open=true")
        .andExpect(jsonPath(open).value(Matchers.hasItem("PRIMER-BOXER-SR")))
        // CHARGE-762x39 has a tolerance of 1 %: 10 short of 1,000 is within it.
        .andExpect(jsonPath(open).value(Matchers.not(Matchers.hasItem("CHARGE-762x39"))));
    getAs("AUDITOR", "/api/component-balances")
        .andExpect(
            jsonPath("$[?(@.lot == '" + lot + "' && @.component == 'PRIMER-BOXER-SR')].expected")
                .value(Matchers.contains(1_000)))
        .andExpect(
            jsonPath("$[?(@.lot == '" + lot + "' && @.component == 'PRIMER-BOXER-SR')].issued")
                .value(Matchers.contains(Matchers.greaterThanOrEqualTo(1_000))))
        .andExpect(
            jsonPath(
                    "$[?(@.lot == '"
                        + lot
                        + "' && @.component == 'PRIMER-BOXER-SR')].deviationPercent")
                .value(Matchers.contains(-1.0)));
    String report =
        getAs("AUDITOR", "/api/reconciliation").andReturn().getResponse().getContentAsString();
    assertThat(
            JsonPath.<List<String>>read(
                report, "$.openBalanceFlags[?(@.lot == '" + lot + "')].component"))
        .contains("PRIMER-BOXER-SR")
        .doesNotContain("CHARGE-762x39");

    postAs("op-carl", "OPERATOR", path, "{\"reason\":\"spilt\"}").andExpect(status().isForbidden());
    postAs("qa-quinn", "QUALITY", path, "{\"reason\":\" \"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("reason"));
    postAs("qa-quinn", "QUALITY", path, "{\"reason\":\"10 primers spilt at the press\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.open").value(false))
        .andExpect(jsonPath("$.reason").value("10 primers spilt at the press"))
        .andExpect(jsonPath("$.explainedBy").value("qa-quinn"));
    postAs("qa-quinn", "QUALITY", path, "{\"reason\":\"again\"}").andExpect(status().isConflict());
    getAs("AUDITOR", "/api/component-balances?open=true")
        .andExpect(jsonPath(open).value(Matchers.not(Matchers.hasItem("PRIMER-BOXER-SR"))));

    // More consumed: the figures explained no longer hold; 996 of 1,000 is within 0.5 %, 1,006 not.
    consume(primer, lot, 6);
    postAs("qa-quinn", "QUALITY", path, "{\"reason\":\"within\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("not flagged")));
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots/issues", issue(primer, 20, "L2"))
        .andExpect(status().isCreated());
    consume(primer, lot, 10);
    getAs("AUDITOR", "/api/component-balances?open=true")
        .andExpect(jsonPath(open).value(Matchers.hasItem("PRIMER-BOXER-SR")));
    postAs(
            "qa-quinn",
            "QUALITY",
            "/api/component-balances/NO-SUCH-LOT/PRIMER-BOXER-SR/reason",
            "{\"reason\":\"x\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void aReceiptSentTwiceWithOneKeyIsRecordedOnce() throws Exception {
    String lot = id("PK");
    var request =
        post("/api/component-lots")
            .with(user("wh-bob").roles("WAREHOUSE"))
            .header("Idempotency-Key", "receipt-" + lot)
            .contentType(MediaType.APPLICATION_JSON)
            .content(receipt(lot, "PRIMER-BOXER-SR", 100, "STORES"));
    String first = mvc.perform(request).andReturn().getResponse().getContentAsString();
    long after = ledgerSize();
    String second = mvc.perform(request).andReturn().getResponse().getContentAsString();
    assertThat(second).isEqualTo(first);
    assertThat(ledgerSize()).isEqualTo(after);
  }

  @Test
  void replayRebuildsTheSameIncomingState() throws Exception {
    rejected("CASE-762x39", "Allied Components");
    String lot = id("PR");
    receiveReleased(lot, "PRIMER-BOXER-SR", 1_000, "STORES");
    postAs("wh-bob", "WAREHOUSE", "/api/component-lots/issues", issue(lot, 500, "L1"))
        .andExpect(status().isCreated());
    String made = plant.produceLot(ProductionFixture.BALL, "L1", 500, 0);
    consume(lot, made, 450);
    postAs(
            "qa-quinn",
            "QUALITY",
            "/api/component-balances/" + made + "/PRIMER-BOXER-SR/reason",
            "{\"reason\":\"short count\"}")
        .andExpect(status().isOk());
    List<String> tables =
        List.of(
            "component_lot",
            "component_stock",
            "supplier_approval",
            "receiving_stream_input",
            "receiving_stream",
            "component_balance",
            "component_issue_pending");
    Map<String, List<String>> before = snapshot(tables);
    assertThat(before.get("receiving_stream_input")).isNotEmpty();
    assertThat(before.get("component_balance")).isNotEmpty();
    tx.executeWithoutResult(
        s -> {
          for (Projection p : projections) {
            p.tables().forEach(t -> jdbc.sql("DELETE FROM " + t).update());
          }
          entries.forEach(e -> projections.forEach(p -> p.apply(e)));
        });
    assertThat(snapshot(tables)).isEqualTo(before);
  }

  @Test
  void theComponentsPageShowsLotsStreamsSuppliersAndFlagsWithTheSupplierEscaped() throws Exception {
    String hostile = "<b>Evil & Co</b>";
    postAs(
            "adm-ada",
            "ADMIN",
            "/api/suppliers/approvals",
            """
            {"component":"BULLET-762-T","supplier":"%s","reason":"trial"}"""
                .formatted(hostile))
        .andExpect(status().isOk());
    String lot = id("BT");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receiptFrom(lot, "BULLET-762-T", hostile, 100))
        .andExpect(status().isCreated());
    getAs("OPERATOR", "/components")
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    Matchers.allOf(
                        Matchers.containsString(lot),
                        Matchers.containsString("QUARANTINE"),
                        Matchers.containsString("&lt;b&gt;Evil &amp; Co&lt;/b&gt;"),
                        Matchers.not(Matchers.containsString("<b>Evil")),
                        Matchers.containsString("id=\"suppliers\""))));
    getAs("PLANNER", "/components").andExpect(status().isForbidden());
  }

  @Test
  void aDiscontinuedStreamRefusesLotsUntilQualityAcceptsTheCorrectiveAction() throws Exception {
    String resume =
        """
        {"component":"BULLET-762-T","supplier":"Bullet Works","correctiveAction":"new die"}""";
    postAs("qa-quinn", "QUALITY", "/api/receiving-streams/resumptions", resume)
        .andExpect(status().isConflict());
    for (int i = 0; i < 7; i++) {
      rejected("BULLET-762-T", "Bullet Works");
    }
    String lot = id("BD");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receiptFrom(lot, "BULLET-762-T", "Bullet Works", 1_000))
        .andExpect(status().isCreated());
    inspect(lot, 0)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("discontinued")));
    postAs("wh-bob", "WAREHOUSE", "/api/receiving-streams/resumptions", resume)
        .andExpect(status().isForbidden());
    postAs("qa-quinn", "QUALITY", "/api/receiving-streams/resumptions", resume)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.severity").value("TIGHTENED"))
        .andExpect(jsonPath("$.discontinued").value(false));
    inspect(lot, 0).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RELEASED"));
  }

  /** A lot of 1,000 received from the supplier and rejected: the plan's Re found. */
  String rejected(String component, String supplier) throws Exception {
    String lot = id("RJ");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receiptFrom(lot, component, supplier, 1_000))
        .andExpect(status().isCreated());
    String plan =
        getAs("QUALITY", "/api/component-lots/" + lot + "/plan")
            .andReturn()
            .getResponse()
            .getContentAsString();
    inspect(lot, JsonPath.<Integer>read(plan, "$.re"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("REJECTED"));
    return lot;
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
                      b.append(rs.getMetaData().getColumnName(i))
                          .append('=')
                          .append(rs.getString(i))
                          .append(';');
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
}
