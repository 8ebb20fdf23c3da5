package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.RunId;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.ledger.Replay;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.security.Users;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Scrap in custody: every rejected round is in the reject store, awaiting destruction or destroyed
 * by a witnessed act, and reconciliation and replay agree. A context of its own with a test clock,
 * so retention dates can pass and reconciliation sees only this class's data.
 */
@SpringBootTest(properties = "tally.test.context=scrap")
@Import(TestClockConfig.class)
class ScrapCustodyTest extends TraceabilityApiSupport {
  static final String DOC = "ab".repeat(32);
  @Autowired Users users;
  @Autowired Reconciliation reconciliation;
  @Autowired Replay replay;
  @Autowired TestClock clock;

  @BeforeEach
  void witnesses() {
    for (String name : List.of("wit-ana", "wit-ben")) {
      if (!users.exists(name)) {
        users.add(
            new Actor("admin"),
            null,
            new Users.NewUser(name, List.of("AUDITOR"), "Tallow-Quartz-Meadow-1987"));
      }
    }
  }

  long custody(String lot, String state) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM scrap_stock WHERE lot = ? AND state = ?")
        .params(lot, state)
        .query(Long.class)
        .single();
  }

  ResultActions toCage(String role, String lot, long quantity) throws Exception {
    return postAs(
        "wh-bob",
        role,
        "/api/scrap/awaiting-destruction",
        """
        {"location":"SCRAP-CAGE","lots":[{"lot":"%s","quantity":%d}]}"""
            .formatted(lot, quantity));
  }

  static String act(String id, String witnesses, String document, String lotsJson) {
    return """
        {"act":"%s","date":"2027-02-27","place":"burning ground B","method":"incineration",
         "witnesses":[%s],"document":"%s","lots":[%s]}"""
        .formatted(id, witnesses, document, lotsJson);
  }

  static String lot(String lot, long quantity) {
    return """
        {"lot":"%s","quantity":%d}"""
        .formatted(lot, quantity);
  }

  /** A refusal: the status and field named, and not one ledger entry written. */
  void refused(ResultActions call, int status, String field, long before) throws Exception {
    call.andExpect(status().is(status)).andExpect(jsonPath("$.field").value(field));
    assertThat(ledgerSize()).isEqualTo(before);
  }

  @Test
  void lineRejectsCorrectionsAndQualityScrapLandInTheRejectStore() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 10_000, 120);
    long second =
        jdbc.sql("SELECT MAX(seq) FROM ledger_entry WHERE type = 'CountReported'")
            .query(Long.class)
            .single();
    tx.executeWithoutResult(
        s ->
            ledger.appendCorrection(
                new Actor("sup-lee"),
                second,
                new CountCorrected(
                    new RunId("RUN-" + lot.replaceAll("[^0-9]", "")),
                    LotNumber.parse(lot),
                    new LineId("L1"),
                    new ProductCode(ProductionFixture.BALL),
                    5_000,
                    40,
                    0,
                    -20,
                    false,
                    "miscounted rejects",
                    Instant.parse("2027-03-01T06:00:00Z"),
                    false)));
    plant.hold(lot);
    plant.scrap(lot, 300);

    getAs("AUDITOR", "/api/scrap/lots/" + lot)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.reason=='LINE')].quantity").value(Matchers.contains(100)))
        .andExpect(jsonPath("$[?(@.reason=='LINE')].location").value(Matchers.contains("REJECT")))
        .andExpect(jsonPath("$[?(@.reason=='QUALITY')].quantity").value(Matchers.contains(300)));
    assertThat(custody(lot, "REJECT_STORE")).isEqualTo(400);
    assertThat(reconciliation.reconcile().differences()).isEmpty();
  }

  @Test
  void scrapMovesToAwaitDestructionBoundedByTheRejectStore() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 10_000, 120);
    long before = ledgerSize();
    refused(toCage("WAREHOUSE", lot, 121), 409, "lots[0].quantity", before);
    refused(
        postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/awaiting-destruction",
            """
            {"location":"FG","lots":[{"lot":"%s","quantity":10}]}"""
                .formatted(lot)),
        422,
        "location",
        before);
    refused(
        postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/awaiting-destruction",
            """
            {"location":"NOWHERE","lots":[{"lot":"%s","quantity":10}]}"""
                .formatted(lot)),
        422,
        "location",
        before);
    refused(
        postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/awaiting-destruction",
            """
            {"location":"SCRAP-CAGE","lots":[]}"""),
        422,
        "lots",
        before);
    refused(toCage("WAREHOUSE", lot, -5), 422, "lots[0].quantity", before);
    refused(toCage("WAREHOUSE", "RCP27C001-99999", 5), 409, "lots[0].quantity", before);
    toCage("OPERATOR", lot, 10).andExpect(status().isForbidden());
    toCage("AUDITOR", lot, 10).andExpect(status().isForbidden());
    assertThat(ledgerSize()).isEqualTo(before);

    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/api/scrap/awaiting-destruction")
                  .with(user("qe-anna").roles("QUALITY"))
                  .header("Idempotency-Key", "cage-" + lot)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"location":"SCRAP-CAGE","lots":[{"lot":"%s","quantity":100}]}"""
                          .formatted(lot)))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.quantity").value(100));
    }
    assertThat(ledgerSize()).isEqualTo(before + 1);
    assertThat(custody(lot, "REJECT_STORE")).isEqualTo(20);
    assertThat(custody(lot, "AWAITING_DESTRUCTION")).isEqualTo(100);
    getAs("AUDITOR", "/api/scrap/awaiting-destruction")
        .andExpect(jsonPath("$[?(@.lot=='" + lot + "')].location").value("SCRAP-CAGE"));
  }

  @Test
  void aDestructionActNeedsTwoDistinctWitnessesWhoAreUsers() throws Exception {
    String a = plant.produceLot(ProductionFixture.BALL, "L1", 10_000, 120);
    String b = plant.produceLot(ProductionFixture.TRACER, "L3", 10_000, 80);
    toCage("WAREHOUSE", a, 120).andExpect(status().isCreated());
    toCage("WAREHOUSE", b, 50).andExpect(status().isCreated());
    String both = lot(a, 120) + "," + lot(b, 50);
    String id = "DA-" + a.substring(10);
    long before = ledgerSize();
    refused(
        postAs("wh-bob", "WAREHOUSE", "/api/scrap/destructions", act(id, "\"wit-ana\"", DOC, both)),
        422,
        "witnesses",
        before);
    refused(
        postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/destructions",
            act(id, "\"wit-ana\",\"wit-ana\"", DOC, both)),
        422,
        "witnesses[1]",
        before);
    refused(
        postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/destructions",
            act(id, "\"wit-ana\",\"nobody-here\"", DOC, both)),
        422,
        "witnesses[1]",
        before);
    refused(
        postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/destructions",
            act(id, "\"wit-ana\",\"wit-ben\"", "abc123", both)),
        422,
        "document",
        before);
    refused(
        postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/destructions",
            act(id, "\"wit-ana\",\"wit-ben\"", DOC, both).replace("2027-02-27", "2027-03-09")),
        422,
        "date",
        before);
    refused(
        postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/destructions",
            act(id, "\"wit-ana\",\"wit-ben\"", DOC, lot(a, 120) + "," + lot(b, 51))),
        409,
        "lots[1].quantity",
        before);
    postAs(
            "op",
            "OPERATOR",
            "/api/scrap/destructions",
            act(id, "\"wit-ana\",\"wit-ben\"", DOC, both))
        .andExpect(status().isForbidden());

    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/destructions",
            act(id, "\"wit-ana\",\"wit-ben\"", DOC, both))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.quantity").value(170))
        .andExpect(jsonPath("$.witnesses").value(Matchers.contains("wit-ana", "wit-ben")))
        .andExpect(jsonPath("$.lines.length()").value(2));
    assertThat(ledgerSize()).isEqualTo(before + 1);
    assertThat(custody(a, "DESTROYED")).isEqualTo(120);
    assertThat(custody(a, "AWAITING_DESTRUCTION")).isZero();
    assertThat(custody(b, "REJECT_STORE")).isEqualTo(30);
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/destructions",
            act(id, "\"wit-ana\",\"wit-ben\"", DOC, lot(b, 1)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("act"));
    getAs("AUDITOR", "/api/scrap/destructions/" + id)
        .andExpect(jsonPath("$.document").value(DOC))
        .andExpect(jsonPath("$.place").value("burning ground B"));
    assertThat(reconciliation.reconcile().differences()).isEmpty();
  }

  @Test
  void reconciliationNamesTheLotWhoseScrapIsNotAccountedFor() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L2", 10_000, 90);
    toCage("WAREHOUSE", lot, 40).andExpect(status().isCreated());
    var ok = reconciliation.reconcile();
    assertThat(ok.differences()).isEmpty();
    var figures = ok.scrap().stream().filter(f -> f.lot().equals(lot)).findFirst().orElseThrow();
    assertThat(figures.reported()).isEqualTo(90);
    assertThat(figures.rejectStore()).isEqualTo(50);
    assertThat(figures.awaitingDestruction()).isEqualTo(40);
    assertThat(ok.scrapTotal().reported()).isEqualTo(ok.scrapTotal().inCustody());

    try {
      jdbc.sql(
              "UPDATE scrap_stock SET quantity = quantity - 7 WHERE lot = ? AND state ="
                  + " 'AWAITING_DESTRUCTION'")
          .param(lot)
          .update();
      var r = reconciliation.reconcile();
      assertThat(r.balanced()).isFalse();
      assertThat(r.differences())
          .anySatisfy(
              d -> {
                assertThat(d.subject()).isEqualTo("lot " + lot);
                assertThat(d.rule()).startsWith("reported scrap");
                assertThat(d.expected()).isEqualTo(90);
                assertThat(d.actual()).isEqualTo(83);
                assertThat(d.events()).isNotEmpty();
              })
          .anySatisfy(
              d -> {
                assertThat(d.subject()).isEqualTo("lot " + lot);
                assertThat(d.rule()).startsWith("awaiting destruction");
              })
          .anySatisfy(
              d -> {
                assertThat(d.subject()).isEqualTo("scrap (all lots)");
                assertThat(d.expected() - d.actual()).isEqualTo(7);
              });
    } finally {
      jdbc.sql(
              "UPDATE scrap_stock SET quantity = quantity + 7 WHERE lot = ? AND state ="
                  + " 'AWAITING_DESTRUCTION'")
          .param(lot)
          .update();
    }
    assertThat(reconciliation.reconcile().differences()).isEmpty();
  }

  @Test
  void aRetainedSampleCannotBePackedOrShippedAndGoesToTheRejectStoreAfterItsDate()
      throws Exception {
    String lot = releasedLotInStore();
    move(lot, 60, "FG", "DISPATCH");
    long before = ledgerSize();
    String retain =
        """
        {"id":"RS-%s","lot":"%s","location":"DISPATCH","quantity":%d,"retainUntil":"%s"}""";
    String id = "RS-" + lot.substring(10);
    refused(
        postAs(
            "qe-anna",
            "QUALITY",
            "/api/scrap/retained",
            retain.formatted(lot.substring(10), lot, 61, "2027-06-01")),
        409,
        "quantity",
        before);
    refused(
        postAs(
            "qe-anna",
            "QUALITY",
            "/api/scrap/retained",
            retain.formatted(lot.substring(10), lot, 60, "2027-03-01")),
        422,
        "retainUntil",
        before);
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/retained",
            retain.formatted(lot.substring(10), lot, 60, "2027-06-01"))
        .andExpect(status().isForbidden());
    postAs(
            "qe-anna",
            "QUALITY",
            "/api/scrap/retained",
            retain.formatted(lot.substring(10), lot, 60, "2027-06-01"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("RETAINED"));
    assertThat(stock(lot, "DISPATCH", "RETAINED")).isEqualTo(60);
    assertThat(stock(lot, "DISPATCH", "RELEASED")).isZero();

    String auth =
        plant.authorise(
            "ARMY",
            ProductionFixture.BALL,
            5_000,
            LocalDate.parse("2027-01-01"),
            LocalDate.parse("2027-12-31"));
    long held = ledgerSize();
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units",
            """
            {"lot":"%s","location":"DISPATCH","units":1}"""
                .formatted(lot))
        .andExpect(status().is4xxClientError());
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-RS" + lot.substring(10), "ARMY", auth, loose(lot, 10, "DISPATCH")))
        .andExpect(status().is4xxClientError());
    assertThat(ledgerSize()).isEqualTo(held);

    postAs("qe-anna", "QUALITY", "/api/scrap/retained/" + id + "/discard", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("retention"));
    clock.advance(Duration.ofDays(100));
    try {
      postAs("qe-anna", "QUALITY", "/api/scrap/retained/" + id + "/discard", null)
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.status").value("DISCARDED"));
    } finally {
      clock.advance(Duration.ofDays(-100));
    }
    assertThat(stock(lot, "DISPATCH", "RETAINED")).isZero();
    getAs("AUDITOR", "/api/scrap/lots/" + lot)
        .andExpect(jsonPath("$[?(@.reason=='RETAINED')].quantity").value(Matchers.contains(60)));
    assertThat(reconciliation.reconcile().differences()).isEmpty();
  }

  @Test
  void theScrapPageTheLotPageAndTheTraceShowCustody() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L3", 10_000, 64);
    toCage("WAREHOUSE", lot, 60).andExpect(status().isCreated());
    String id = "DA-P" + lot.substring(10);
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/destructions",
            act(id, "\"wit-ana\",\"wit-ben\"", DOC, lot(lot, 25)))
        .andExpect(status().isCreated());
    String page =
        mvc.perform(get("/scrap").with(user("aud").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(id, "wit-ana, wit-ben", DOC, "SCRAP-CAGE", lot);
    String lotPage =
        mvc.perform(get("/lots/" + lot).with(user("aud").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(lotPage).contains("Scrap in custody", "AWAITING_DESTRUCTION", "DESTROYED");
    getAs("AUDITOR", "/api/trace/" + lot)
        .andExpect(
            jsonPath("$.finishedLot.scrap[?(@.state=='REJECT_STORE')].quantity")
                .value(Matchers.contains(4)))
        .andExpect(
            jsonPath("$.finishedLot.scrap[?(@.state=='AWAITING_DESTRUCTION')].quantity")
                .value(Matchers.contains(35)))
        .andExpect(
            jsonPath("$.finishedLot.scrap[?(@.state=='DESTROYED')].quantity")
                .value(Matchers.contains(25)));
    mvc.perform(get("/scrap").with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
  }

  @Test
  void replayingTheLedgerRebuildsTheSameCustody() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L4", 10_000, 70);
    toCage("WAREHOUSE", lot, 70).andExpect(status().isCreated());
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/scrap/destructions",
            act("DA-R" + lot.substring(10), "\"wit-ana\",\"wit-ben\"", DOC, lot(lot, 30)))
        .andExpect(status().isCreated());
    var report = replay.run();
    assertThat(report.differences()).isEmpty();
    assertThat(report.identical()).isTrue();
    assertThat(report.tables())
        .anySatisfy(
            t -> {
              assertThat(t.table()).isEqualTo("destruction_act");
              assertThat(t.liveRows()).isPositive();
            })
        .anySatisfy(
            t -> {
              assertThat(t.table()).isEqualTo("scrap_stock");
              assertThat(t.replayedRows()).isEqualTo(t.liveRows()).isPositive();
            });
  }
}
