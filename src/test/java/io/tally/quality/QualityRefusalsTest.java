package io.tally.quality;

import static io.tally.quality.QualityApi.BALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.ledger.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/** Every refusal names the field at fault and writes nothing to the ledger. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QualityRefusalsTest {
  static final String LOT = "RCP27E051-001";
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
    if (jdbc.sql("SELECT COUNT(*) FROM quality_lot WHERE lot = ?")
            .param(LOT)
            .query(Long.class)
            .single()
        == 0) {
      execution.closedLot(LOT, BALL, "R1", 3000, 0);
      execution.openLot("RCP27E051-002", BALL, "R1");
    }
  }

  void refused(ResultActions call, ResultMatcher status, String field) throws Exception {
    call.andExpect(status).andExpect(jsonPath("$.field").value(field));
  }

  void refusedWritingNothing(ThrowingCall call, ResultMatcher status, String field)
      throws Exception {
    long before = api.ledgerCount();
    refused(call.run(), status, field);
    assertThat(api.ledgerCount()).as(field).isEqualTo(before);
  }

  interface ThrowingCall {
    ResultActions run() throws Exception;
  }

  String inspection(String body) {
    return "{\"results\":[" + body + "]}";
  }

  ResultActions post(String lot, String body) throws Exception {
    return api.post("/api/quality/lots/" + lot + "/inspections", "qa1", "QUALITY", body);
  }

  @Test
  void refusesASampleSizeOtherThanThePlans() throws Exception {
    refusedWritingNothing(
        () -> api.inspect(LOT, "major", 124, 0), status().isUnprocessableContent(), "results[0].n");
    post(LOT, inspection("{\"class\":\"major\",\"n\":80,\"d\":0}"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "the plan for class major is n=125 (letter K, plan at K, normal); the"
                        + " sample was n=80"));
  }

  @Test
  void refusesMoreNonconformingUnitsThanSampled() throws Exception {
    refusedWritingNothing(
        () -> api.inspect(LOT, "major", 125, 126),
        status().isUnprocessableContent(),
        "results[0].d");
  }

  @Test
  void refusesNegativeAndMissingNumbers() throws Exception {
    refusedWritingNothing(
        () -> api.inspect(LOT, "major", -1, 0), status().isUnprocessableContent(), "results[0].n");
    refusedWritingNothing(
        () -> api.inspect(LOT, "major", 125, -1),
        status().isUnprocessableContent(),
        "results[0].d");
    refusedWritingNothing(
        () -> post(LOT, inspection("{\"class\":\"major\",\"n\":125}")),
        status().isUnprocessableContent(),
        "results[0].d");
    refusedWritingNothing(
        () -> post(LOT, inspection("{\"class\":\"critical\",\"n\":200,\"d\":0,\"destroyed\":-5}")),
        status().isUnprocessableContent(),
        "results[0].destroyed");
    refusedWritingNothing(
        () -> post(LOT, inspection("{\"class\":\"minor\",\"n\":125,\"d\":0,\"destroyed\":126}")),
        status().isUnprocessableContent(),
        "results[0].destroyed");
  }

  @Test
  void refusesAnUnknownOrRepeatedClassAndAnEmptyRequest() throws Exception {
    refusedWritingNothing(
        () -> api.inspect(LOT, "cosmetic", 125, 0),
        status().isUnprocessableContent(),
        "results[0].class");
    refusedWritingNothing(
        () -> api.inspect(LOT, "minor", 125, 0, "MINOR", 125, 0),
        status().isUnprocessableContent(),
        "results[1].class");
    refusedWritingNothing(
        () -> post(LOT, "{\"results\":[]}"), status().isUnprocessableContent(), "results");
  }

  @Test
  void refusesTheWholeRequestWhenOneClassIsWrong() throws Exception {
    refusedWritingNothing(
        () -> api.inspect(LOT, "critical", 200, 0, "major", 125, 0, "minor", 120, 0),
        status().isUnprocessableContent(),
        "results[2].n");
    api.get("/api/quality/lots/" + LOT, "qa1", "QUALITY")
        .andExpect(jsonPath("$.inspections").isEmpty());
  }

  @Test
  void refusesALotNotClosedOrUnknown() throws Exception {
    refusedWritingNothing(
        () -> api.inspect("RCP27E051-002", "major", 125, 0), status().isConflict(), "lot");
    refusedWritingNothing(
        () -> api.inspect("RCP27E999-001", "major", 125, 0), status().isNotFound(), "lot");
    refused(api.plans("RCP27E051-002"), status().isConflict(), "lot");
  }

  @Test
  void refusesAClassAlreadyDecided() throws Exception {
    execution.closedLot("RCP27E052-001", BALL, "R2", 3000, 0);
    api.inspect("RCP27E052-001", "minor", 125, 1).andExpect(status().isOk());
    refusedWritingNothing(
        () -> api.inspect("RCP27E052-001", "minor", 125, 0),
        status().isConflict(),
        "results[0].class");
  }

  @Test
  void refusesDispositionOfALotNotHeldOrWithoutAReason() throws Exception {
    String base = "/api/quality/lots/" + LOT;
    refusedWritingNothing(
        () -> api.post(base + "/rework", "qa1", "QUALITY", "{\"reason\":\"sort\"}"),
        status().isConflict(),
        "lot");
    refusedWritingNothing(
        () -> api.post(base + "/scrap", "qa1", "QUALITY", "{\"reason\":\" \"}"),
        status().isUnprocessableContent(),
        "reason");
    refusedWritingNothing(
        () -> api.post(base + "/concession", "qa1", "QUALITY", "{\"reason\":\"ok\"}"),
        status().isConflict(),
        "lot");
    refusedWritingNothing(
        () -> api.post(base + "/concession/approval", "qa2", "QUALITY", "{}"),
        status().isConflict(),
        "lot");
  }

  @Test
  void refusesAConcessionApprovalWithoutARequestAndASecondRequest() throws Exception {
    execution.closedLot("RCP27E053-001", BALL, "R3", 3000, 0);
    api.inspect("RCP27E053-001", "critical", 200, 1, "major", 125, 0, "minor", 125, 0)
        .andExpect(jsonPath("$.status").value("HELD"));
    String base = "/api/quality/lots/RCP27E053-001";
    refusedWritingNothing(
        () -> api.post(base + "/concession/approval", "admin2", "ADMIN", "{}"),
        status().isConflict(),
        "lot");
    api.post(base + "/concession", "qa1", "QUALITY", "{\"reason\":\"re-inspected\"}")
        .andExpect(status().isOk());
    refusedWritingNothing(
        () -> api.post(base + "/concession", "qa2", "QUALITY", "{\"reason\":\"again\"}"),
        status().isConflict(),
        "lot");
    api.post(base + "/scrap", "qa1", "QUALITY", "{\"reason\":\"critical defect confirmed\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SCRAPPED"));
    assertThat(api.payloadOf("RCP27E053-001", "LotScrapped")).contains("\"quantity\":2800");
    refusedWritingNothing(
        () -> api.post(base + "/concession/approval", "admin2", "ADMIN", "{}"),
        status().isConflict(),
        "lot");
  }

  @Test
  void onlyTheRolesNamedMayInspectReadOrSeeACertificate() throws Exception {
    long before = api.ledgerCount();
    api.post("/api/quality/lots/" + LOT + "/inspections", "op1", "OPERATOR", "{}")
        .andExpect(status().isForbidden());
    api.post("/api/quality/lots/" + LOT + "/inspections", "aud1", "AUDITOR", "{}")
        .andExpect(status().isForbidden());
    api.post("/api/quality/lots/" + LOT + "/inspections", "adm1", "ADMIN", "{}")
        .andExpect(status().isForbidden());
    api.post("/api/quality/lots/" + LOT + "/concession/approval", "wh1", "WAREHOUSE", "{}")
        .andExpect(status().isForbidden());
    assertThat(api.ledgerCount()).isEqualTo(before);
    api.get("/api/quality/queue", "op1", "OPERATOR").andExpect(status().isForbidden());
    api.get("/api/quality/queue", "aud1", "AUDITOR").andExpect(status().isOk());
    api.get("/quality/lots/" + LOT + "/certificate", "op1", "OPERATOR")
        .andExpect(status().isForbidden());
    api.get("/quality/lots/" + LOT + "/certificate", "aud1", "AUDITOR")
        .andExpect(status().isNotFound());
  }
}
