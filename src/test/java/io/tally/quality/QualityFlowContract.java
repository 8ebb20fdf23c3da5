package io.tally.quality;

import static io.tally.quality.QualityApi.BALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.Projection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quality flow end to end over the API, with execution's events appended as the contract names
 * them, on H2 and on PostgreSQL. Each test uses its own line, so its streams start on normal.
 * Quality's read models are built only from the ledger: dropped and replayed, they come back equal.
 */
abstract class QualityFlowContract {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired LedgerEntries entries;
  @Autowired LotProjection lots;
  @Autowired InspectionProjection inspections;
  @Autowired StreamProjection streams;
  ExecutionFixture execution;
  QualityApi api;

  @BeforeEach
  void setUp() {
    execution = new ExecutionFixture(ledger, tx);
    api = new QualityApi(mvc, jdbc);
  }

  @Test
  void aClosedLotShowsItsPlansAndIsReleasedWhenEveryClassAccepts() throws Exception {
    execution.closedLot("RCP27A011-001", BALL, "L1", 3000, 12);

    api.get("/api/quality/queue", "auditor1", "AUDITOR")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].lot", hasItem("RCP27A011-001")));
    // Lot 3,000 at level II is letter K (Z1.4 Table I).
    api.plans("RCP27A011-001")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lotSize").value(3000))
        .andExpect(jsonPath("$.plans[0].class").value("critical"))
        .andExpect(jsonPath("$.plans[0].severity").value("NORMAL"))
        .andExpect(jsonPath("$.plans[0].letter").value("K"))
        .andExpect(jsonPath("$.plans[0].planLetter").value("L"))
        .andExpect(jsonPath("$.plans[0].n").value(200))
        .andExpect(jsonPath("$.plans[0].ac").value(0))
        .andExpect(jsonPath("$.plans[0].re").value(1))
        .andExpect(jsonPath("$.plans[0].destructive").value(true))
        .andExpect(jsonPath("$.plans[1].class").value("major"))
        .andExpect(jsonPath("$.plans[1].n").value(125))
        .andExpect(jsonPath("$.plans[1].ac").value(2))
        .andExpect(jsonPath("$.plans[1].re").value(3))
        .andExpect(jsonPath("$.plans[2].class").value("minor"))
        .andExpect(jsonPath("$.plans[2].ac").value(7))
        .andExpect(jsonPath("$.plans[2].re").value(8));

    api.inspect("RCP27A011-001", "critical", 200, 0, "major", 125, 2, "minor", 125, 7)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RELEASED"))
        .andExpect(jsonPath("$.consumed").value(200))
        .andExpect(jsonPath("$.releasedQuantity").value(2800))
        .andExpect(jsonPath("$.inspections[1].result").value("ACCEPT"));

    assertThat(api.typesFor("RCP27A011-001"))
        .containsExactly(
            "LotOpened",
            "CountReported",
            "CountReported",
            "LotClosed",
            "InspectionRecorded",
            "InspectionRecorded",
            "InspectionRecorded",
            "SamplesConsumed",
            "LotReleased");
    assertThat(api.payloadOf("RCP27A011-001", "InspectionRecorded"))
        .contains("\"ruleSet\":\"Z1_4_2003_SINGLE\"")
        .contains("\"edition\":\"Z1.4-2003 single sampling\"")
        .contains("\"class\":\"minor\"")
        .contains("\"letter\":\"K\",\"level\":\"II\"")
        .contains("\"n\":125")
        .contains("\"ac\":7")
        .contains("\"re\":8")
        .contains("\"d\":7")
        .contains("\"result\":\"ACCEPT\"")
        .contains("\"inspector\":\"qa1\"");
    assertThat(api.payloadOf("RCP27A011-001", "SamplesConsumed")).contains("\"quantity\":200");
    assertThat(api.payloadOf("RCP27A011-001", "LotReleased"))
        .contains("\"quantity\":2800")
        .contains("\"byConcession\":false")
        .contains("\"approvedBy\":null")
        .contains("\"product\":\"762x39-BALL-SC\"");
    api.get("/api/quality/queue", "qa1", "QUALITY")
        .andExpect(jsonPath("$[*].lot", not(hasItem("RCP27A011-001"))));
  }

  @Test
  void aClassDecidedAloneLeavesTheLotWaitingForTheOthers() throws Exception {
    execution.closedLot("RCP27A011-002", BALL, "L1", 3000, 0);
    api.inspect("RCP27A011-002", "major", 125, 0)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.consumed").value(0));
    api.plans("RCP27A011-002")
        .andExpect(jsonPath("$.plans[1].decision.result").value("ACCEPT"))
        .andExpect(jsonPath("$.plans[1].decision.inspector").value("qa1"))
        .andExpect(jsonPath("$.plans[0].decision").doesNotExist());
  }

  @Test
  void aRejectedClassHoldsTheLotAndASecondUserReleasesItByConcession() throws Exception {
    execution.closedLot("RCP27B021-001", BALL, "L2", 3000, 0);
    api.inspect("RCP27B021-001", "critical", 200, 0, "major", 125, 3, "minor", 125, 0)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HELD"))
        .andExpect(jsonPath("$.reason").value("not accepted: major (d=3, Re=3)"));
    assertThat(api.payloadOf("RCP27B021-001", "LotHeld")).contains("major (d=3, Re=3)");

    api.post(
            "/api/quality/lots/RCP27B021-001/concession",
            "qa1",
            "QUALITY",
            "{\"reason\":\"cosmetic marks on headstamp, customer agrees\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HELD"))
        .andExpect(jsonPath("$.concessionRequestedBy").value("qa1"));

    long before = api.ledgerCount();
    api.post("/api/quality/lots/RCP27B021-001/concession/approval", "qa1", "QUALITY", "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("approvedBy"));
    assertThat(api.ledgerCount()).isEqualTo(before);

    api.post("/api/quality/lots/RCP27B021-001/concession/approval", "qa2", "QUALITY", "{}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RELEASED"))
        .andExpect(jsonPath("$.concessionApprovedBy").value("qa2"))
        .andExpect(jsonPath("$.releasedQuantity").value(2800));
    assertThat(api.typesFor("RCP27B021-001"))
        .endsWith("LotHeld", "ConcessionRequested", "ConcessionApproved", "LotReleased");
    assertThat(api.payloadOf("RCP27B021-001", "LotReleased"))
        .contains("\"byConcession\":true")
        .contains("\"approvedBy\":\"qa2\"");

    api.get("/quality/lots/RCP27B021-001/certificate", "store1", "WAREHOUSE")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Released by concession")))
        .andExpect(content().string(containsString("cosmetic marks on headstamp")));
  }

  @Test
  void reworkGivesSuffixAThenBAndResubmittedLotsDoNotMoveTheStream() throws Exception {
    execution.closedLot("RCP27C031-001", BALL, "L3", 3000, 0);
    api.inspect("RCP27C031-001", "critical", 200, 0, "major", 125, 4, "minor", 125, 0)
        .andExpect(jsonPath("$.status").value("HELD"));

    api.post(
            "/api/quality/lots/RCP27C031-001/rework",
            "qa1",
            "QUALITY",
            "{\"reason\":\"re-gauge and sort\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lot").value("RCP27C031-001A"))
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.submission").value("RESUBMITTED"))
        .andExpect(jsonPath("$.parent").value("RCP27C031-001"))
        .andExpect(jsonPath("$.good").value(2800));
    api.get("/api/quality/lots/RCP27C031-001", "qa1", "QUALITY")
        .andExpect(jsonPath("$.status").value("REWORKED"))
        .andExpect(jsonPath("$.reworkedTo").value("RCP27C031-001A"));
    assertThat(api.payloadOf("RCP27C031-001", "LotReworked"))
        .contains("\"newLot\":\"RCP27C031-001A\"")
        .contains("\"quantity\":2800");

    // 2,800 is still letter K; the resubmitted lot is rejected again on major.
    api.inspect("RCP27C031-001A", "critical", 200, 0, "major", 125, 5, "minor", 125, 0)
        .andExpect(jsonPath("$.status").value("HELD"))
        .andExpect(jsonPath("$.inspections[1].submission").value("RESUBMITTED"));
    api.post(
            "/api/quality/lots/RCP27C031-001A/rework",
            "qa1",
            "QUALITY",
            "{\"reason\":\"second sort\"}")
        .andExpect(jsonPath("$.lot").value("RCP27C031-001B"))
        .andExpect(jsonPath("$.origin").value("RCP27C031-001"))
        .andExpect(jsonPath("$.parent").value("RCP27C031-001A"))
        .andExpect(jsonPath("$.good").value(2600));

    // One original rejection only: the next original lot is still on normal inspection.
    execution.closedLot("RCP27C031-002", BALL, "L3", 3000, 0);
    api.plans("RCP27C031-002")
        .andExpect(jsonPath("$.plans[1].severity").value("NORMAL"))
        .andExpect(jsonPath("$.plans[1].ac").value(2));
  }

  @Test
  void twoRejectionsInFiveLotsTightenTheNextLotsPlan() throws Exception {
    for (int i = 1; i <= 4; i++) {
      execution.closedLot("RCP27D041-00" + i, BALL, "L4", 3000, 0);
    }
    api.plans("RCP27D041-004")
        .andExpect(jsonPath("$.plans[1].severity").value("NORMAL"))
        .andExpect(jsonPath("$.plans[1].ac").value(2));

    api.inspect("RCP27D041-001", "major", 125, 3).andExpect(status().isOk());
    api.inspect("RCP27D041-002", "major", 125, 1).andExpect(status().isOk());
    api.inspect("RCP27D041-003", "major", 125, 3).andExpect(status().isOk());

    // Z1.4 Table II-B, K at AQL 0.65: n 125, Ac 1, Re 2. The critical stream is untouched.
    api.plans("RCP27D041-004")
        .andExpect(jsonPath("$.plans[1].severity").value("TIGHTENED"))
        .andExpect(jsonPath("$.plans[1].n").value(125))
        .andExpect(jsonPath("$.plans[1].ac").value(1))
        .andExpect(jsonPath("$.plans[1].re").value(2))
        .andExpect(jsonPath("$.plans[0].severity").value("NORMAL"));
    assertThat(api.payloadOf("RCP27D041-003", "InspectionRecorded"))
        .contains("\"severity\":\"NORMAL\"");
    assertThat(
            jdbc.sql(
                    "SELECT payload FROM ledger_entry WHERE type = 'InspectionSeverityChanged'"
                        + " AND payload LIKE '%RCP27D041-003%'")
                .query(String.class)
                .single())
        .contains("\"to\":\"TIGHTENED\"")
        .contains("\"line\":\"L4\"");
    api.get("/api/quality/streams", "qa1", "QUALITY")
        .andExpect(
            jsonPath("$[?(@.line == 'L4' && @.class == 'major')].severity").value("TIGHTENED"));

    // A d of 2 accepted on normal would now reject: Re is 2.
    api.inspect("RCP27D041-004", "major", 125, 2)
        .andExpect(jsonPath("$.inspections[0].severity").value("TIGHTENED"))
        .andExpect(jsonPath("$.inspections[0].result").value("REJECT"));
  }

  @Test
  void anInspectionSentTwiceWithOneKeyIsRecordedOnce() throws Exception {
    execution.closedLot("RCP27A012-001", BALL, "L5", 3000, 0);
    String body = "{\"results\":[{\"class\":\"minor\",\"n\":125,\"d\":4}]}";
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/api/quality/lots/RCP27A012-001/inspections")
                  .with(user("qa1").roles("QUALITY"))
                  .header("Idempotency-Key", "insp-RCP27A012-001")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.inspections.length()").value(1))
          .andExpect(jsonPath("$.inspections[0].d").value(4));
    }
    assertThat(api.typesFor("RCP27A012-001")).containsOnlyOnce("InspectionRecorded");
    mvc.perform(
            post("/api/quality/lots/RCP27A012-001/inspections")
                .with(user("qa1").roles("QUALITY"))
                .header("Idempotency-Key", "insp-RCP27A012-001")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("\"d\":4", "\"d\":5")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
  }

  @Test
  void replayingTheLedgerRebuildsLotsDecisionsAndStreams() throws Exception {
    for (int i = 1; i <= 3; i++) {
      execution.closedLot("RCP27H081-00" + i, BALL, "P1", 3000, 5);
    }
    execution.openLot("RCP27H081-004", BALL, "P1");
    execution.count("RCP27H081-004", BALL, "P1", 700, 3);
    api.inspect("RCP27H081-001", "critical", 200, 0, "major", 125, 3, "minor", 125, 0);
    api.inspect("RCP27H081-002", "critical", 200, 0, "major", 125, 4, "minor", 125, 0);
    api.post("/api/quality/lots/RCP27H081-001/rework", "qa1", "QUALITY", "{\"reason\":\"sort\"}");
    api.post("/api/quality/lots/RCP27H081-002/concession", "qa1", "QUALITY", "{\"reason\":\"x\"}");
    api.post("/api/quality/lots/RCP27H081-002/concession/approval", "qa2", "QUALITY", "{}");
    api.plans("RCP27H081-003").andExpect(jsonPath("$.plans[1].severity").value("TIGHTENED"));

    List<Projection> mine = List.of(lots, inspections, streams);
    List<String> before = dump(mine);
    assertThat(before).anyMatch(row -> row.contains("RCP27H081-001A"));
    tx.executeWithoutResult(
        s -> {
          for (Projection p : mine) {
            p.tables().forEach(t -> jdbc.sql("DELETE FROM " + t).update());
          }
        });
    assertThat(dump(mine)).isEmpty();
    tx.executeWithoutResult(s -> entries.forEach(e -> mine.forEach(p -> p.apply(e))));
    assertThat(dump(mine)).isEqualTo(before);
    api.get("/api/quality/lots/RCP27H081-004", "qa1", "QUALITY")
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.good").value(700));
  }

  private List<String> dump(List<Projection> projections) {
    List<String> rows = new ArrayList<>();
    for (Projection p : projections) {
      for (String table : p.tables()) {
        jdbc.sql("SELECT * FROM " + table)
            .query()
            .listOfRows()
            .forEach(r -> rows.add(table + " " + new java.util.TreeMap<>(r)));
      }
    }
    rows.sort(null);
    return rows;
  }
}
