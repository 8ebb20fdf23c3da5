package io.tally.quality;

import static io.tally.quality.QualityApi.BALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Events;
import io.tally.ledger.Ledger;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.quality.sampling.CodeLetter;
import io.tally.quality.sampling.RuleSet;
import io.tally.quality.sampling.Severity;
import io.tally.quality.sampling.Submission;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The switches the standard leaves to the responsible authority: discontinuation blocks acceptance
 * until a quality user records corrective action, and reduced inspection needs a score of 30 and a
 * quality user's approval. Lot size 3,000 at level II is letter K; major is AQL 0.65.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QualityStreamsTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  ExecutionFixture execution;
  QualityApi api;

  @BeforeEach
  void setUp() {
    execution = new ExecutionFixture(ledger, tx);
    api = new QualityApi(mvc, jdbc);
  }

  String lot(String prefix, int i) {
    String lot = prefix + String.format("%03d", i);
    return lot;
  }

  @Test
  void discontinuationBlocksAcceptanceUntilCorrectiveActionIsRecorded() throws Exception {
    String stream = "/api/quality/streams/" + BALL + "/S1/major/corrective-action";
    for (int i = 1; i <= 8; i++) {
      execution.closedLot(lot("RCP27F061-", i), BALL, "S1", 3000, 0);
    }
    api.post(stream, "qa1", "QUALITY", "{\"action\":\"new gauge\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("class"));
    // Two rejections on normal tighten; five on tightened (Re 2) discontinue.
    api.inspect(lot("RCP27F061-", 1), "major", 125, 3);
    api.inspect(lot("RCP27F061-", 2), "major", 125, 3);
    for (int i = 3; i <= 7; i++) {
      api.inspect(lot("RCP27F061-", i), "major", 125, 2)
          .andExpect(jsonPath("$.inspections[0].severity").value("TIGHTENED"))
          .andExpect(jsonPath("$.inspections[0].result").value("REJECT"));
    }
    api.plans(lot("RCP27F061-", 8))
        .andExpect(jsonPath("$.plans[1].discontinued").value(true))
        .andExpect(jsonPath("$.plans[1].n").doesNotExist())
        .andExpect(jsonPath("$.plans[0].discontinued").value(false));
    long before = api.ledgerCount();
    api.inspect(lot("RCP27F061-", 8), "major", 125, 0)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("results[0].class"));
    assertThat(api.ledgerCount()).isEqualTo(before);
    api.post(stream, "qa1", "QUALITY", "{}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("action"));
    api.post(stream, "op1", "OPERATOR", "{\"action\":\"new gauge\"}")
        .andExpect(status().isForbidden());
    assertThat(api.ledgerCount()).isEqualTo(before);

    api.post(stream, "qa2", "QUALITY", "{\"action\":\"worn crimp die replaced, gauges re-set\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.severity").value("TIGHTENED"))
        .andExpect(jsonPath("$.discontinued").value(false));
    api.plans(lot("RCP27F061-", 8))
        .andExpect(jsonPath("$.plans[1].severity").value("TIGHTENED"))
        .andExpect(jsonPath("$.plans[1].n").value(125))
        .andExpect(jsonPath("$.plans[1].ac").value(1));
    api.inspect(lot("RCP27F061-", 8), "major", 125, 1)
        .andExpect(jsonPath("$.inspections[0].result").value("ACCEPT"));
  }

  @Test
  void reducedInspectionNeedsAScoreOfThirtyAndAQualityUsersApproval() throws Exception {
    String approve = "/api/quality/streams/" + BALL + "/S2/major/reduced";
    for (int i = 1; i <= 11; i++) {
      execution.closedLot(lot("RCP27G071-", i), BALL, "S2", 3000, 0);
    }
    // K at 0.65 has Ac 2; one step tighter (0.40) Ac 1, so d = 0 adds 3 each lot.
    for (int i = 1; i <= 9; i++) {
      api.inspect(lot("RCP27G071-", i), "major", 125, 0).andExpect(status().isOk());
    }
    long before = api.ledgerCount();
    api.post(approve, "qa1", "QUALITY", "{\"production\":\"STEADY\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("class"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("score 27")));
    assertThat(api.ledgerCount()).isEqualTo(before);

    api.inspect(lot("RCP27G071-", 10), "major", 125, 1).andExpect(status().isOk());
    api.post(approve, "qa1", "QUALITY", "{\"production\":\"IRREGULAR\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("production"));
    api.post(approve, "qa1", "QUALITY", "{\"production\":\"STEADY\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.severity").value("REDUCED"));
    assertThat(
            jdbc.sql(
                    "SELECT payload FROM ledger_entry WHERE type = 'ReducedInspectionApproved'"
                        + " AND payload LIKE '%\"line\":\"S2\"%'")
                .query(String.class)
                .single())
        .contains("\"switchingScore\":30")
        .contains("\"approvedBy\":\"qa1\"");

    // Z1.4 Table II-C, K at 0.65: n 50, Ac 1, Re 3. d = 2 accepts but ends reduced inspection.
    api.plans(lot("RCP27G071-", 11))
        .andExpect(jsonPath("$.plans[1].severity").value("REDUCED"))
        .andExpect(jsonPath("$.plans[1].n").value(50))
        .andExpect(jsonPath("$.plans[1].ac").value(1))
        .andExpect(jsonPath("$.plans[1].re").value(3));
    api.inspect(lot("RCP27G071-", 11), "major", 50, 2)
        .andExpect(jsonPath("$.inspections[0].result").value("ACCEPT"));
    api.get("/api/quality/streams", "aud1", "AUDITOR")
        .andExpect(jsonPath("$[?(@.line == 'S2' && @.class == 'major')].severity").value("NORMAL"));
  }

  @Test
  void aStreamExistsOnNormalInspectionFromTheFirstLotOfAProductOnALine() throws Exception {
    new ExecutionFixture(ledger, tx).openLot("RCP27F063-001", "762x39-BLANK", "S4");
    api.get("/api/quality/streams", "aud1", "AUDITOR")
        .andExpect(jsonPath("$[?(@.line == 'S4')].class", contains("major", "minor")))
        .andExpect(jsonPath("$[?(@.line == 'S4')].aql", contains("1.0", "4.0")))
        .andExpect(jsonPath("$[?(@.line == 'S4')].severity", contains("NORMAL", "NORMAL")))
        .andExpect(jsonPath("$[?(@.line == 'S4')].switchingScore", contains(0, 0)));
  }

  @Test
  void aDecisionItsStreamWouldNotGiveIsRefusedAndNothingWritten() {
    new ExecutionFixture(ledger, tx).closedLot("RCP27F062-001", BALL, "S3", 3000, 0);
    QualityEvent.InspectionRecorded tightened =
        new QualityEvent.InspectionRecorded(
            LotNumber.parse("RCP27F062-001"),
            new ProductCode(BALL),
            new LineId("S3"),
            "major",
            RuleSet.Z1_4_2003_SINGLE,
            "Z1.4-2003 single sampling",
            Submission.ORIGINAL,
            Severity.TIGHTENED,
            "II",
            "0.65",
            3000,
            CodeLetter.K,
            CodeLetter.K,
            125,
            1,
            2,
            false,
            0,
            QualityEvent.Result.ACCEPT,
            0,
            "qa1",
            Instant.parse("2027-03-02T08:00:00Z"));
    long before = api.ledgerCount();
    // The stream of S3 is on normal inspection (Ac 2, Re 3), not tightened.
    assertThatThrownBy(
            () -> tx.executeWithoutResult(s -> ledger.append(new Actor("qa1"), tightened)))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining("moved to normal inspection");
    assertThat(api.ledgerCount()).isEqualTo(before);
    assertThat(api.typesFor("RCP27F062-001"))
        .doesNotContain(Events.typeOf(QualityEvent.InspectionRecorded.class));
  }
}
