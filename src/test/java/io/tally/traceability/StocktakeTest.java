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
 * Stocktakes: blind sheets, frozen movements, differences posted only with two approvals, and a
 * register of locations with licensed maxima. Each test counts a location of its own, and leaves it
 * unfrozen, because the traceability tests share one database.
 */
class StocktakeTest extends TraceabilityApiSupport {
  @Autowired List<Projection> projections;
  @Autowired LedgerEntries entries;

  String open(String id, String location) throws Exception {
    return postAs(
            "wh-cara",
            "WAREHOUSE",
            "/api/stocktakes",
            """
            {"id":"%s","location":"%s"}"""
                .formatted(id, location))
        .andExpect(status().isCreated())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  void count(String id, String countsJson) throws Exception {
    postAs(
            "wh-cara",
            "WAREHOUSE",
            "/api/stocktakes/" + id + "/counts",
            "{\"counts\":[" + countsJson + "]}")
        .andExpect(status().isOk());
  }

  String close(String id) throws Exception {
    return postAs("wh-cara", "WAREHOUSE", "/api/stocktakes/" + id + "/close", null)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  String packOne(String lot, String location) throws Exception {
    String body =
        postAs(
                "wh-cara",
                "WAREHOUSE",
                "/api/units",
                """
                {"lot":"%s","location":"%s","units":1}"""
                    .formatted(lot, location))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.<List<String>>read(body, "$[*].sscc").get(0);
  }

  /** 480 loose and one box of 20 at a location; the counter finds 10 loose rounds missing. */
  String countedShort(String id, String location) throws Exception {
    String lot = releasedLotInStore();
    move(lot, 500, "FG", location);
    packOne(lot, location);
    open(id, location);
    count(id, "{\"line\":1,\"quantity\":20},{\"line\":2,\"quantity\":470}");
    return lot;
  }

  @Test
  void theCountersSheetShowsNoBookFigures() throws Exception {
    String lot = releasedLotInStore();
    move(lot, 250, "FG", "L5");
    String opened = open("ST-BLIND", "L5");
    assertThat(opened).doesNotContain("250");
    String sheet =
        getAs("WAREHOUSE", "/api/stocktakes/ST-BLIND/sheet")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].kind").value("LOOSE"))
            .andExpect(jsonPath("$[0].lot").value(lot))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<List<Object>>read(sheet, "$[*].book")).containsOnlyNulls();
    assertThat(sheet).doesNotContain("250");
    getAs("AUDITOR", "/api/stocktakes/ST-BLIND").andExpect(jsonPath("$.lines[0].book").isEmpty());
    count("ST-BLIND", "{\"line\":1,\"quantity\":250}");
    close("ST-BLIND");
    move(lot, 250, "L5", "FG");
  }

  @Test
  void aFrozenLocationOrUnitRefusesMovesUntilTheCountCloses() throws Exception {
    String lot = releasedLotInStore();
    move(lot, 100, "FG", "REJECT");
    open("ST-FROZEN", "REJECT");
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/inventory/moves",
            """
            {"material":"FINISHED","lot":"%s","quantity":5,"from":"FG","to":"REJECT"}"""
                .formatted(lot))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("to"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("stocktake ST-FROZEN")));
    String box = packOne(lot, "FG");
    postAs(
            "wh-cara",
            "WAREHOUSE",
            "/api/stocktakes",
            """
            {"id":"ST-BOX","ssccs":["%s"]}"""
                .formatted(box))
        .andExpect(status().isCreated());
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units/moves",
            """
            {"unit":"%s","to":"DISPATCH"}"""
                .formatted(box))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("unit"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("stocktake ST-BOX")));

    count("ST-FROZEN", "{\"line\":1,\"quantity\":100}");
    close("ST-FROZEN");
    count("ST-BOX", "{\"line\":1,\"quantity\":20}");
    close("ST-BOX");
    move(lot, 100, "REJECT", "FG");
  }

  @Test
  void aCountThatMatchesTheBookClosesWithNoAdjustment() throws Exception {
    String lot = releasedLotInStore();
    move(lot, 300, "FG", "QUARANTINE");
    long before = ledgerSize();
    open("ST-MATCH", "QUARANTINE");
    count("ST-MATCH", "{\"line\":1,\"quantity\":300}");
    String closed = close("ST-MATCH");
    assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("CLOSED");
    assertThat(JsonPath.<Integer>read(closed, "$.differences")).isZero();
    assertThat(typesSince(before)).doesNotContain("StockAdjusted", "StocktakeDifferenceFound");
    move(lot, 300, "QUARANTINE", "FG");
  }

  @Test
  void aDifferenceIsPostedOnlyAfterTwoOtherPeopleApproveAndReconcileBalances() throws Exception {
    String lot = countedShort("ST-SHORT", "DISPATCH");
    String closed = close("ST-SHORT");
    assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("AWAITING");
    assertThat(JsonPath.<Integer>read(closed, "$.lines[1].book")).isEqualTo(480);
    String approvals = "/api/stocktakes/ST-SHORT/approvals";
    postAs("wh-cara", "WAREHOUSE", approvals, null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("approver"));
    postAs("q-quinn", "QUALITY", approvals, null).andExpect(jsonPath("$.status").value("AWAITING"));
    assertThat(stock(lot, "DISPATCH", "RELEASED")).isEqualTo(500);
    postAs("q-quinn", "QUALITY", approvals, null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("approver"));
    postAs("adm-ada", "ADMIN", approvals, null).andExpect(jsonPath("$.status").value("ADJUSTED"));
    String page = page("/stocktakes");
    assertThat(page).contains("Differences of ST-SHORT", "q-quinn, adm-ada", "480", "470");
    String lotPage = page("/lots/" + lot);
    assertThat(lotPage).contains("StockAdjusted", "ST-SHORT");

    assertThat(stock(lot, "DISPATCH", "RELEASED")).isEqualTo(490);
    String report =
        getAs("AUDITOR", "/api/reconciliation").andReturn().getResponse().getContentAsString();
    assertThat(
            JsonPath.<List<Object>>read(report, "$.differences[?(@.subject == 'lot " + lot + "')]"))
        .isEmpty();
    assertThat(JsonPath.<List<Integer>>read(report, "$.lots[?(@.lot == '" + lot + "')].adjusted"))
        .containsExactly(10);
    assertThat(
            JsonPath.<List<Integer>>read(
                report, "$.adjustments[?(@.stocktake == 'ST-SHORT')].writtenOff"))
        .containsExactly(10);
    move(lot, 470, "DISPATCH", "FG");
  }

  @Test
  void aCountAfterTheCloseReopensTheComparison() throws Exception {
    String box = packOne(releasedLotInStore(), "FG");
    postAs(
            "wh-cara",
            "WAREHOUSE",
            "/api/stocktakes",
            """
            {"id":"ST-RECOUNT","ssccs":["%s"]}"""
                .formatted(box))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.lines[0].sscc").value(box));
    count("ST-RECOUNT", "{\"line\":1,\"quantity\":19}");
    assertThat(JsonPath.<String>read(close("ST-RECOUNT"), "$.status")).isEqualTo("AWAITING");
    count("ST-RECOUNT", "{\"line\":1,\"quantity\":20}");
    getAs("AUDITOR", "/api/stocktakes/ST-RECOUNT").andExpect(jsonPath("$.status").value("OPEN"));
    String closed = close("ST-RECOUNT");
    assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("CLOSED");
    assertThat(JsonPath.<Integer>read(closed, "$.lines[0].book")).isEqualTo(20);
  }

  @Test
  void aComponentLotCountedShortIsWrittenOffAndReconciles() throws Exception {
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            """
            {"componentLot":"CS-ST-1","component":"CASE-762x39","supplier":"Case Works",
             "supplierLot":"CW-1","quantity":1000,"location":"REJECT","certificate":"CW-C-1"}""")
        .andExpect(status().isCreated());
    inspect("CS-ST-1", 0).andExpect(status().isOk());
    String opened = open("ST-COMP", "REJECT");
    assertThat(JsonPath.<String>read(opened, "$.lines[0].kind")).isEqualTo("COMPONENT");
    count("ST-COMP", "{\"line\":1,\"quantity\":990}");
    close("ST-COMP");
    postAs("q-quinn", "QUALITY", "/api/stocktakes/ST-COMP/approvals", null);
    postAs("adm-ada", "ADMIN", "/api/stocktakes/ST-COMP/approvals", null)
        .andExpect(jsonPath("$.status").value("ADJUSTED"));
    String report = page("/api/reconciliation");
    assertThat(
            JsonPath.<List<Integer>>read(
                report, "$.components[?(@.componentLot == 'CS-ST-1')].adjusted"))
        .containsExactly(10);
    assertThat(
            JsonPath.<List<Object>>read(
                report, "$.differences[?(@.subject == 'component lot CS-ST-1')]"))
        .isEmpty();
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots/issues",
            """
            {"componentLot":"CS-ST-1","quantity":990,"from":"REJECT","line":"L1"}""")
        .andExpect(status().isCreated());
  }

  @Test
  void openingTwiceWithOneKeyOpensOnce() throws Exception {
    String box = packOne(releasedLotInStore(), "FG");
    var request =
        post("/api/stocktakes")
            .with(user("wh-cara").roles("WAREHOUSE"))
            .header("Idempotency-Key", "open-st-key")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"ST-KEY\",\"ssccs\":[\"" + box + "\"]}");
    String first =
        mvc.perform(request)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long size = ledgerSize();
    String second = mvc.perform(request).andReturn().getResponse().getContentAsString();
    assertThat(second).isEqualTo(first);
    assertThat(ledgerSize()).isEqualTo(size);
    count("ST-KEY", "{\"line\":1,\"quantity\":20}");
    assertThat(JsonPath.<String>read(close("ST-KEY"), "$.status")).isEqualTo("CLOSED");
  }

  @Test
  void anUnknownLocationIsRefused() throws Exception {
    String lot = releasedLotInStore();
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/inventory/moves",
            """
            {"material":"FINISHED","lot":"%s","quantity":5,"from":"FG","to":"NOWHERE"}"""
                .formatted(lot))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("to"));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units",
            """
            {"lot":"%s","location":"NOWHERE","units":1}"""
                .formatted(lot))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("location"));
    postAs("wh-cara", "WAREHOUSE", "/api/stocktakes", "{\"id\":\"ST-X\",\"location\":\"NOWHERE\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("location"));
  }

  @Test
  void aMovePastTheLicensedMaximumIsRefusedNamingIt() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L2", 600_000, 0);
    long before = ledgerSize();
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/inventory/moves",
            """
            {"material":"FINISHED","lot":"%s","quantity":600000,"from":"L2","to":"REJECT"}"""
                .formatted(lot))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("to"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("at most 500000 rounds")));
    assertThat(ledgerSize()).isEqualTo(before);
  }

  @Test
  void replayRebuildsTheSameStocktakesAndStock() throws Exception {
    String lot = countedShort("ST-REPLAY", "L4");
    close("ST-REPLAY");
    postAs("q-quinn", "QUALITY", "/api/stocktakes/ST-REPLAY/approvals", null);
    postAs("adm-ada", "ADMIN", "/api/stocktakes/ST-REPLAY/approvals", null)
        .andExpect(jsonPath("$.status").value("ADJUSTED"));
    List<String> tables =
        List.of("stocktake", "stocktake_line", "finished_stock", "unit_content", "packaging_unit");
    Map<String, List<String>> before = snapshot(tables);
    tx.executeWithoutResult(
        s -> {
          for (Projection p : projections) {
            p.tables().forEach(t -> jdbc.sql("DELETE FROM " + t).update());
          }
          entries.forEach(e -> projections.forEach(p -> p.apply(e)));
        });
    assertThat(snapshot(tables)).isEqualTo(before);
    move(lot, 470, "L4", "FG");
  }

  @Test
  void onlyWarehouseAndAdminCountAndOnlyOthersApprove() throws Exception {
    postAs("q-quinn", "QUALITY", "/api/stocktakes", "{\"id\":\"ST-R\",\"location\":\"FG\"}")
        .andExpect(status().isForbidden());
    getAs("AUDITOR", "/api/stocktakes/ST-R/sheet").andExpect(status().isForbidden());
    postAs("op-otto", "OPERATOR", "/api/stocktakes/ST-R/approvals", null)
        .andExpect(status().isForbidden());
    getAs("AUDITOR", "/api/stocktakes").andExpect(status().isOk());
  }

  String page(String path) throws Exception {
    return getAs("AUDITOR", path).andReturn().getResponse().getContentAsString();
  }

  private List<String> typesSince(long size) {
    return jdbc.sql("SELECT type FROM ledger_entry WHERE seq > ? ORDER BY seq")
        .param(size)
        .query(String.class)
        .list();
  }

  private Map<String, List<String>> snapshot(List<String> tables) {
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
}
