package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.analytics.LineKpis;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.Replay;
import io.tally.traceability.Reconciliation;
import io.tally.traceability.ReconciliationReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Corrections of counts and stops and late entries from a paper log: each a new entry naming what
 * it corrects, whose effect follows into lots, samples, stock, KPIs and reconciliation.
 */
class CorrectionsTest extends ExecutionFixture {
  // 06:00 in plant time: the reference plant runs on Caracas time (UTC-4); the instants of the
  // 17th to the 19th below are the plant's wall-clock times written in UTC.
  static final Instant DAY = Instant.parse("2027-03-17T10:00:00Z");
  @Autowired LedgerEntries entries;
  @Autowired Reconciliation reconciliation;
  @Autowired Replay replay;
  @Autowired LineKpis kpis;

  @Test
  void aMistypedCountCorrectedChangesTheLotTheRunAndTheSampleSize() throws Exception {
    String run = startedRun("L1", BALL);
    count(run, 1500, 10).andExpect(status().isOk());
    long report = lastSeq("CountReported");
    String lot = queries.run(run).orElseThrow().currentLot();
    mvc.perform(asOperator(post("/api/execution/lots/" + lot + "/close")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.good").value(1500));

    JsonNode correction =
        body(
            correct(report, 1100, 10, "operator", "op.one")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_EFFECT"))
                .andExpect(jsonPath("$.goodChange").value(-400)));

    long seq = correction.get("seq").asLong();
    assertThat(entries.find(seq).orElseThrow().corrects()).isEqualTo(report);
    assertThat(queries.lot(lot).orElseThrow().good()).isEqualTo(1100);
    assertThat(queries.run(run).orElseThrow().good()).isEqualTo(1100);
    assertThat(kpiGood(run)).isEqualTo(1100);
    assertThat(
            jdbc.sql("SELECT quantity FROM finished_stock WHERE lot = ? AND state = 'QUARANTINE'")
                .param(lot)
                .query(Long.class)
                .single())
        .isEqualTo(1100);
    // 1,100 rounds at level II is letter J (Z1.4 Table I: 501-1,200), not K (1,201-3,200).
    mvc.perform(get("/api/quality/lots/" + lot + "/plans").with(user("qa1").roles("QUALITY")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lotSize").value(1100))
        .andExpect(jsonPath("$.plans[0].letter").value("J"));
    mvc.perform(get("/api/corrections/counts?lot=" + lot).with(user("aud").roles("AUDITOR")))
        .andExpect(jsonPath("$[0].seq").value(seq))
        .andExpect(jsonPath("$[0].corrects").value(report));
    // The lot page's quality panel: size and sample size as recorded (K) and as corrected (J).
    String panel =
        mvc.perform(get("/quality/lots/" + lot + "/panel").with(user("qa1").roles("QUALITY")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(panel).contains("sizes-as-recorded");
    assertThat(panel.replaceAll("\\s+", " "))
        .containsPattern(
            "As recorded</td> ?<td class=\"num\">1,500</td> ?<td>[a-z]+</td> ?<td>K</td>")
        .containsPattern(
            "As corrected</td> ?<td class=\"num\">1,100</td> ?<td>[a-z]+</td> ?<td>J</td>");
  }

  @Test
  void aVoidedCountCountsNothingAndIsNotCorrectedAgain() throws Exception {
    String run = startedRun("L2", BALL);
    count(run, 500, 5).andExpect(status().isOk());
    long first = lastSeq("CountReported");
    count(run, 700, 0).andExpect(status().isOk());

    mvc.perform(
            asOperator(post("/api/corrections/counts"))
                .content("{\"corrects\":" + first + ",\"void\":true,\"reason\":\"counted twice\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.voided").value(true));
    assertThat(queries.run(run).orElseThrow().good()).isEqualTo(700);
    assertThat(queries.run(run).orElseThrow().scrap()).isZero();

    long before = ledgerCount();
    correct(first, 100, 0, "operator", "op.one")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("corrects"));
    assertThat(ledgerCount()).isEqualTo(before);
  }

  @Test
  void aCorrectionSentTwiceWithOneKeyIsRecordedOnce() throws Exception {
    String run = startedRun("L2", BALL);
    count(run, 300, 0).andExpect(status().isOk());
    long report = lastSeq("CountReported");
    String body = "{\"corrects\":" + report + ",\"good\":250,\"scrap\":0,\"reason\":\"typo\"}";
    long before = ledgerCount();
    long first =
        body(mvc.perform(
                    asOperator(post("/api/corrections/counts"))
                        .header("Idempotency-Key", "fix-" + report)
                        .content(body))
                .andExpect(status().isCreated()))
            .get("seq")
            .asLong();
    mvc.perform(
            asOperator(post("/api/corrections/counts"))
                .header("Idempotency-Key", "fix-" + report)
                .content(body))
        .andExpect(jsonPath("$.seq").value(first));
    assertThat(ledgerCount()).isEqualTo(before + 1);
    assertThat(queries.run(run).orElseThrow().good()).isEqualTo(250);
  }

  @Test
  void aLargeCorrectionWaitsForASecondPersonWithQualityOrAdmin() throws Exception {
    String run = startedRun("L3", TRACER);
    count(run, 5000, 0).andExpect(status().isOk());
    long report = lastSeq("CountReported");

    long correction =
        body(correct(report, 2000, 0, "quality", "qa.one")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING")))
            .get("seq")
            .asLong();
    assertThat(queries.run(run).orElseThrow().good()).isEqualTo(5000);
    assertThat(kpiGood(run)).isEqualTo(5000);

    approve(correction, "quality", "qa.one")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("correction"))
        .andExpect(jsonPath("$.detail").value(containsString("second person")));
    approve(correction, "operator", "op.two").andExpect(status().isForbidden());
    assertThat(queries.run(run).orElseThrow().good()).isEqualTo(5000);

    approve(correction, "admin", "boss")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_EFFECT"))
        .andExpect(jsonPath("$.approvedBy").value("boss"));
    assertThat(queries.run(run).orElseThrow().good()).isEqualTo(2000);
    assertThat(kpiGood(run)).isEqualTo(2000);
    approve(correction, "admin", "boss").andExpect(status().isConflict());
  }

  @Test
  void aReleasedLotIsChangedByAQualityDispositionNotACountCorrection() throws Exception {
    String run = startedRun("L4", TRACER);
    count(run, 1000, 0).andExpect(status().isOk());
    long report = lastSeq("CountReported");
    String lot = queries.run(run).orElseThrow().currentLot();
    mvc.perform(asOperator(post("/api/execution/lots/" + lot + "/close")))
        .andExpect(status().isOk());
    release(lot);

    long before = ledgerCount();
    correct(report, 990, 0, "quality", "qa.one")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("corrects"))
        .andExpect(jsonPath("$.detail").value(containsString("quality disposition")));
    assertThat(ledgerCount()).isEqualTo(before);
  }

  @Test
  void aCorrectionCannotTakeRoundsThatLeftTheLine() throws Exception {
    String run = startedRun("L3", TRACER);
    count(run, 1000, 0).andExpect(status().isOk());
    long report = lastSeq("CountReported");
    String lot = queries.run(run).orElseThrow().currentLot();
    mvc.perform(
            post("/api/inventory/moves")
                .with(user("wh.bob").roles("WAREHOUSE"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"material\":\"FINISHED\",\"lot\":\""
                        + lot
                        + "\",\"quantity\":600,\"from\":\"L3\",\"to\":\"FG\"}"))
        .andExpect(status().isCreated());

    correct(report, 300, 0, "quality", "qa.one")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("good"))
        .andExpect(jsonPath("$.detail").value(containsString("only 400 good rounds loose")));
    correct(report, 700, 0, "quality", "qa.one").andExpect(status().isCreated());
    assertThat(queries.lot(lot).orElseThrow().good()).isEqualTo(700);
  }

  @Test
  void aCorrectionNamesACountReportAndKeepsFiguresWhole() throws Exception {
    String run = startedRun("L1", BALL);
    count(run, 100, 0).andExpect(status().isOk());
    long report = lastSeq("CountReported");
    correct(lastSeq("RunStarted"), 10, 0, "operator", "op.one")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("corrects"))
        .andExpect(jsonPath("$.detail").value(containsString("not a CountReported")));
    correct(report, -5, 0, "operator", "op.one")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("good"));
    mvc.perform(
            asOperator(post("/api/corrections/counts"))
                .content("{\"corrects\":" + report + ",\"good\":90,\"scrap\":0}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("reason"));
  }

  @Test
  void aStopReasonCorrectedMovesItsTimeInTheStopPareto() throws Exception {
    // A day of its own, so that no other test's stops are in its Pareto.
    clock.set(DAY);
    startedRun("L2", BALL);
    clock.advance(Duration.ofMinutes(30));
    mvc.perform(asOperator(post("/api/execution/lines/L2/stops")).content("{\"reason\":\"JAM\"}"))
        .andExpect(status().isCreated());
    long started = lastSeq("StopStarted");
    clock.advance(Duration.ofMinutes(40));
    mvc.perform(asOperator(post("/api/execution/lines/L2/stops/end"))).andExpect(status().isOk());
    clock.advance(Duration.ofMinutes(10));
    assertThat(paretoReasons("L2")).contains("JAM");

    JsonNode stop =
        body(
            mvc.perform(
                    asOperator(post("/api/corrections/stops"))
                        .content(
                            "{\"corrects\":"
                                + started
                                + ",\"stopReason\":\"MAT\",\"end\":\""
                                + DAY.plus(Duration.ofMinutes(60))
                                + "\",\"reason\":\"no cases, not a jam\"}"))
                .andExpect(status().isCreated()));

    assertThat(stop.get("reason").asString()).isEqualTo("MAT");
    assertThat(stop.get("endedAt").asString()).isEqualTo("2027-03-17T11:00:00Z");
    assertThat(paretoReasons("L2")).contains("MAT").doesNotContain("JAM");
    LocalDate day = LocalDate.ofInstant(DAY, ZoneOffset.UTC);
    assertThat(kpis.pareto(List.of("L2"), day, day, true))
        .extracting(LineKpis.ParetoRow::reason)
        .contains("JAM")
        .doesNotContain("MAT");
    assertThat(lastEntryCorrects("StopCorrected")).isEqualTo(started);
  }

  @Test
  void theKpisAreFromCorrectedCountsAndStopsWithTheFiguresAsFirstRecordedBeside() throws Exception {
    Instant day = Instant.parse("2027-03-19T10:00:00Z");
    clock.set(day);
    String run = startedRun("L2", BALL);
    clock.advance(Duration.ofHours(1));
    count(run, 3000, 100).andExpect(status().isOk());
    long report = lastSeq("CountReported");
    mvc.perform(asOperator(post("/api/execution/lines/L2/stops")).content("{\"reason\":\"JAM\"}"))
        .andExpect(status().isCreated());
    long started = lastSeq("StopStarted");
    clock.advance(Duration.ofMinutes(30));
    mvc.perform(asOperator(post("/api/execution/lines/L2/stops/end"))).andExpect(status().isOk());
    clock.advance(Duration.ofMinutes(30));
    correct(report, 2800, 100, "operator", "op.one").andExpect(status().isCreated());
    mvc.perform(
            asOperator(post("/api/corrections/stops"))
                .content(
                    "{\"corrects\":"
                        + started
                        + ",\"end\":\""
                        + day.plus(Duration.ofMinutes(110))
                        + "\",\"reason\":\"ended later than typed\"}"))
        .andExpect(status().isCreated());
    clock.set(day.plus(Duration.ofHours(10)));

    String path = "/api/kpis?line=L2&from=2027-03-19&to=2027-03-19";
    JsonNode both = body(mvc.perform(get(path).with(user("aud").roles("AUDITOR"))));
    assertThat(both.get("basis").asString()).isEqualTo("AS_CORRECTED");
    assertThat(both.get("total").get("elements").get("gq").asLong()).isEqualTo(2800);
    assertThat(both.get("totalAsRecorded").get("elements").get("gq").asLong()).isEqualTo(3000);
    // The stop as corrected lost 50 minutes of the shift, as first recorded 30.
    assertThat(both.get("total").get("elements").get("adet").asDouble())
        .isCloseTo(50 / 60.0, within(1e-9));
    assertThat(both.get("totalAsRecorded").get("elements").get("adet").asDouble())
        .isCloseTo(30 / 60.0, within(1e-9));
    JsonNode recorded =
        body(mvc.perform(get(path + "&asRecorded=true").with(user("aud").roles("AUDITOR"))));
    assertThat(recorded.get("basis").asString()).isEqualTo("AS_RECORDED");
    assertThat(recorded.get("total").get("elements").get("gq").asLong()).isEqualTo(3000);
    assertThat(recorded.get("totalAsRecorded").isNull()).isTrue();
  }

  @Test
  void aLateCountIsBookedAtItsRealTimeAndFlagged() throws Exception {
    String run = startedRun("L3", TRACER);
    clock.advance(Duration.ofHours(3));
    lateCount(run, 800, "2027-03-01T07:15:00Z").andExpect(status().isOk());

    var payload = entries.find(lastSeq("CountReported")).orElseThrow().payload().fields();
    assertThat(payload).containsEntry("at", "2027-03-01T07:15:00Z").containsEntry("late", true);
    assertThat(
            jdbc.sql("SELECT at FROM kpi_count WHERE run = ?")
                .param(run)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant())
        .isEqualTo(Instant.parse("2027-03-01T07:15:00Z"));
    lateCount(run, 10, "2027-03-01T10:00:00Z")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("occurredAt"));
    lateCount(run, 10, "2027-03-01T05:00:00Z")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value(containsString("run " + run)));

    count(run, 5, 0).andExpect(status().isOk());
    assertThat(entries.find(lastSeq("CountReported")).orElseThrow().payload().fields())
        .doesNotContainKey("late");
  }

  @Test
  void aLateStopIsBookedAtItsRealTimesAndFlagged() throws Exception {
    clock.set(Instant.parse("2027-03-18T10:00:00Z"));
    startedRun("L1", BALL);
    clock.advance(Duration.ofHours(2));
    mvc.perform(
            asOperator(post("/api/execution/lines/L1/stops"))
                .content("{\"reason\":\"BRK\",\"occurredAt\":\"2027-03-18T10:30:00Z\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.startedAt").value("2027-03-18T10:30:00Z"));
    mvc.perform(
            asOperator(post("/api/execution/lines/L1/stops/end"))
                .content("{\"occurredAt\":\"2027-03-18T10:10:00Z\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("occurredAt"));
    mvc.perform(
            asOperator(post("/api/execution/lines/L1/stops/end"))
                .content("{\"occurredAt\":\"2027-03-18T11:05:00Z\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.endedAt").value("2027-03-18T11:05:00Z"));

    assertThat(entries.find(lastSeq("StopStarted")).orElseThrow().payload().fields())
        .containsEntry("late", true);
    assertThat(entries.find(lastSeq("StopEnded")).orElseThrow().payload().fields())
        .containsEntry("late", true);
    LocalDate day = LocalDate.of(2027, 3, 18);
    assertThat(kpis.pareto(List.of("L1"), day, day))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.reason()).isEqualTo("BRK");
              assertThat(p.hours()).isCloseTo(35 / 60.0, org.assertj.core.data.Offset.offset(1e-9));
            });
  }

  @Test
  void reconciliationBalancesWithCorrectedFiguresAndListsThem() throws Exception {
    String run = startedRun("L4", TRACER);
    count(run, 1200, 20).andExpect(status().isOk());
    long report = lastSeq("CountReported");
    String lot = queries.run(run).orElseThrow().currentLot();
    mvc.perform(asOperator(post("/api/execution/lots/" + lot + "/close")))
        .andExpect(status().isOk());
    long correction =
        body(correct(report, 1150, 30, "quality", "qa.one").andExpect(status().isCreated()))
            .get("seq")
            .asLong();

    ReconciliationReport r = reconciliation.reconcile();
    assertThat(r.differences()).noneMatch(d -> d.subject().contains(lot));
    assertThat(r.lots())
        .filteredOn(l -> l.lot().equals(lot))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.countedGood()).isEqualTo(1150);
              assertThat(l.produced()).isEqualTo(1180);
              assertThat(l.quarantine()).isEqualTo(1150);
            });
    assertThat(r.corrections())
        .contains(new ReconciliationReport.Correction(correction, correction, lot, -50, 10));
    assertThat(page("/reconciliation")).contains("Count corrections in effect", "-50");
  }

  @Test
  void replayRebuildsCorrectedFiguresIdentically() throws Exception {
    String run = startedRun("L1", BALL);
    count(run, 3000, 0).andExpect(status().isOk());
    long report = lastSeq("CountReported");
    long pending =
        body(correct(report, 1000, 0, "operator", "op.one").andExpect(status().isCreated()))
            .get("seq")
            .asLong();
    approve(pending, "quality", "qa.two").andExpect(status().isOk());
    clock.advance(Duration.ofHours(1));
    lateCount(run, 40, "2027-03-01T06:30:00Z").andExpect(status().isOk());

    var result = replay.run();
    assertThat(result.differences()).isEmpty();
    assertThat(result.identical()).isTrue();
  }

  @Test
  void theLotAndLinePagesShowCountsAsRecordedAndAsCorrectedAndLateEntries() throws Exception {
    String run = startedRun("L4", TRACER);
    count(run, 2345, 0).andExpect(status().isOk());
    long report = lastSeq("CountReported");
    String lot = queries.run(run).orElseThrow().currentLot();
    correct(report, 2145, 0, "operator", "op.one").andExpect(status().isCreated());
    clock.advance(Duration.ofHours(1));
    lateCount(run, 10, "2027-03-01T06:20:00Z").andExpect(status().isOk());

    String lotPage = page("/lots/" + lot);
    assertThat(lotPage)
        .contains("good as recorded <b>2,355</b>", "as corrected <b>2,155</b>")
        .contains("mistyped on the terminal", "late entry (paper log)");
    String linePage = page("/lines/L4");
    assertThat(linePage)
        .contains("Run " + run, "good as recorded <b>2,355</b>", "as corrected <b>2,155</b>");
  }

  String page(String path) throws Exception {
    return mvc.perform(get(path).with(user("aud").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  ResultActions correct(long report, long good, long scrap, String role, String name)
      throws Exception {
    return mvc.perform(
        post("/api/corrections/counts")
            .with(user(name).roles(role.toUpperCase(java.util.Locale.ROOT)))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"corrects\":"
                    + report
                    + ",\"good\":"
                    + good
                    + ",\"scrap\":"
                    + scrap
                    + ",\"reason\":\"mistyped on the terminal\"}"));
  }

  ResultActions approve(long correction, String role, String name) throws Exception {
    return mvc.perform(
        post("/api/corrections/counts/" + correction + "/approval")
            .with(user(name).roles(role.toUpperCase(java.util.Locale.ROOT)))
            .contentType(MediaType.APPLICATION_JSON));
  }

  ResultActions lateCount(String run, long good, String occurredAt) throws Exception {
    return mvc.perform(
        asOperator(post("/api/execution/runs/" + run + "/counts"))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .content("{\"good\":" + good + ",\"scrap\":0,\"occurredAt\":\"" + occurredAt + "\"}"));
  }

  /** Releases a closed lot by inspecting each class with the plan's sample and no defects. */
  void release(String lot) throws Exception {
    JsonNode plans =
        body(
            mvc.perform(
                get("/api/quality/lots/" + lot + "/plans").with(user("qa1").roles("QUALITY"))));
    StringBuilder results = new StringBuilder();
    for (JsonNode p : plans.get("plans")) {
      results
          .append(results.isEmpty() ? "" : ",")
          .append("{\"class\":\"")
          .append(p.get("class").asString())
          .append("\",\"n\":")
          .append(p.get("n").asInt())
          .append(",\"d\":0}");
    }
    mvc.perform(
            post("/api/quality/lots/" + lot + "/inspections")
                .with(user("qa1").roles("QUALITY"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"results\":[" + results + "]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RELEASED"));
  }

  long lastSeq(String type) {
    return jdbc.sql("SELECT MAX(seq) FROM ledger_entry WHERE type = ?")
        .param(type)
        .query(Long.class)
        .single();
  }

  long lastEntryCorrects(String type) {
    return entries.find(lastSeq(type)).orElseThrow().corrects();
  }

  long kpiGood(String run) {
    return jdbc.sql("SELECT COALESCE(SUM(good), 0) FROM kpi_count WHERE run = ?")
        .param(run)
        .query(Long.class)
        .single();
  }

  List<String> paretoReasons(String line) {
    LocalDate day = LocalDate.ofInstant(DAY, ZoneOffset.UTC);
    return kpis.pareto(List.of(line), day, day).stream().map(LineKpis.ParetoRow::reason).toList();
  }
}
