package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.lot.LotNumber;
import io.tally.ledger.LedgerEntry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Runs open and close lots by the product's lot rule, through the API, as contract events. */
class RunsAndLotsTest extends ExecutionFixture {
  @Autowired io.tally.ledger.LedgerEntries entries;

  LedgerEntry last(String type) {
    long seq =
        jdbc.sql("SELECT MAX(seq) FROM ledger_entry WHERE type = ?")
            .param(type)
            .query(Long.class)
            .single();
    return entries.find(seq).orElseThrow();
  }

  @Test
  void aRunStartsWithALotNumberedByMilStd1168AndWritesTheContractEvents() throws Exception {
    JsonNode run = body(startRun("L3", BLANK).andExpect(status().isCreated()));
    String lot = run.get("currentLot").asString();
    LotNumber number = LotNumber.parse(lot);
    assertThat(number.symbol()).isEqualTo("RCP");
    assertThat(number.year()).isEqualTo(27);
    assertThat(number.month()).isEqualTo('C');
    assertThat(number.interfix()).isEqualTo(4);

    var started = last("RunStarted").payload().fields();
    assertThat(started)
        .containsEntry("run", run.get("run").asString())
        .containsEntry("line", "L3")
        .containsEntry("product", BLANK)
        .containsEntry("lot", lot)
        .containsEntry("at", "2027-03-01T06:00:00Z")
        .containsKey("workOrder");
    assertThat(started.get("workOrder")).isNull();
    assertThat(last("LotOpened").payload().fields())
        .containsEntry("lot", lot)
        .containsEntry("product", BLANK)
        .containsEntry("line", "L3")
        .containsEntry("run", run.get("run").asString())
        .containsEntry("at", "2027-03-01T06:00:00Z");
  }

  @Test
  void oneRunAtATimePerLine() throws Exception {
    String run = startedRun("L2", BALL);
    long before = ledgerCount();
    startRun("L2", BALL)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("line"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(run)));
    assertThat(ledgerCount()).isEqualTo(before);
  }

  @Test
  void aRunIsRefusedForAProductTheLineCannotMake() throws Exception {
    startRun("L1", TRACER)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("product"));
  }

  @Test
  void countsAccumulateOnTheLotAndTheRun() throws Exception {
    String run = startedRun("L1", BALL);
    count(run, 4000, 12).andExpect(status().isOk());
    JsonNode ack = body(count(run, 3000, 3).andExpect(status().isOk()));
    assertThat(ack.get("runGood").asLong()).isEqualTo(7000);
    assertThat(ack.get("runScrap").asLong()).isEqualTo(15);
    String lot = ack.get("booked").get(0).get("lot").asString();
    mvc.perform(get("/api/execution/lots/" + lot).with(user()))
        .andExpect(jsonPath("$.good").value(7000))
        .andExpect(jsonPath("$.scrap").value(15))
        .andExpect(jsonPath("$.status").value("OPEN"));
    assertThat(last("CountReported").payload().fields())
        .containsEntry("run", run)
        .containsEntry("lot", lot)
        .containsEntry("line", "L1")
        .containsEntry("product", BALL)
        .containsEntry("good", 3000)
        .containsEntry("scrap", 3);
  }

  @Test
  void aRepeatedIncrementWithTheSameKeyIsAppliedOnce() throws Exception {
    String run = startedRun("L1", BALL);
    long before = ledgerCount("CountReported");
    count(run, 500, 1, "tablet-7:000123").andExpect(status().isOk());
    JsonNode again = body(count(run, 500, 1, "tablet-7:000123").andExpect(status().isOk()));
    assertThat(again.get("runGood").asLong()).isEqualTo(500);
    assertThat(ledgerCount("CountReported")).isEqualTo(before + 1);
    assertThat(queries.run(run).orElseThrow().good()).isEqualTo(500);
    count(run, 501, 1, "tablet-7:000123").andExpect(status().isConflict());
  }

  @Test
  void aCountWithoutAnIdempotencyKeyIsRefused() throws Exception {
    String run = startedRun("L1", BALL);
    long before = ledgerCount();
    mvc.perform(
            asOperator(post("/api/execution/runs/" + run + "/counts"))
                .content("{\"good\":5,\"scrap\":0}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    assertThat(ledgerCount()).isEqualTo(before);
  }

  @Test
  void reachingTheLotQuantityClosesTheLotAndTheRestGoesIntoTheNextSequence() throws Exception {
    String run = startedRun("L2", BALL);
    String first = queries.run(run).orElseThrow().currentLot();
    count(run, 60_000, 0).andExpect(status().isOk());
    JsonNode ack = body(count(run, 60_000, 10).andExpect(status().isOk()));
    assertThat(ack.get("closedLots").get(0).asString()).isEqualTo(first);
    String second = ack.get("booked").get(1).get("lot").asString();
    assertThat(LotNumber.parse(second).sequence()).isEqualTo(LotNumber.parse(first).sequence() + 1);
    assertThat(queries.lot(first).orElseThrow())
        .extracting(
            ProductionLotView::good,
            ProductionLotView::scrap,
            ProductionLotView::status,
            ProductionLotView::closeRule)
        .containsExactly(100_000L, 10L, ProductionLotStatus.CLOSED, "QUANTITY");
    assertThat(queries.lot(second).orElseThrow())
        .extracting(ProductionLotView::good, ProductionLotView::status)
        .containsExactly(20_000L, ProductionLotStatus.OPEN);
    var closed = last("LotClosed").payload().fields();
    assertThat(closed)
        .containsEntry("lot", first)
        .containsEntry("good", 100_000)
        .containsEntry("scrap", 10)
        .containsEntry("rule", "QUANTITY");
  }

  @Test
  void aLotPastItsHoursIsClosedAtTheNextReport() throws Exception {
    String run = startedRun("L4", TRACER);
    String first = queries.run(run).orElseThrow().currentLot();
    count(run, 1000, 0).andExpect(status().isOk());
    clock.advance(Duration.ofHours(24));
    JsonNode ack = body(count(run, 200, 0).andExpect(status().isOk()));
    assertThat(ack.get("closedLots").get(0).asString()).isEqualTo(first);
    assertThat(queries.lot(first).orElseThrow().closeRule()).isEqualTo("TIME");
    assertThat(queries.lot(first).orElseThrow().good()).isEqualTo(1000);
    String next = queries.run(run).orElseThrow().currentLot();
    assertThat(queries.lot(next).orElseThrow().good()).isEqualTo(200);
    assertThat(LotNumber.parse(next).toString()).startsWith("RCP27C005-");
  }

  @Test
  void endingARunClosesItsLotAsRunEnded() throws Exception {
    String run = startedRun("L4", BLANK);
    String lot = queries.run(run).orElseThrow().currentLot();
    count(run, 10, 0);
    mvc.perform(asOperator(post("/api/execution/runs/" + run + "/end")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.endedAt").value("2027-03-01T06:00:00Z"));
    assertThat(queries.lot(lot).orElseThrow().closeRule()).isEqualTo("RUN_ENDED");
    assertThat(last("RunEnded").payload().fields())
        .containsEntry("run", run)
        .containsEntry("line", "L4");
    count(run, 10, 0).andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("run"));
  }

  @Test
  void aLotClosedByHandIsFollowedByANewLotAtTheNextCount() throws Exception {
    String run = startedRun("L3", TRACER);
    String lot = queries.run(run).orElseThrow().currentLot();
    count(run, 10, 0);
    mvc.perform(asOperator(post("/api/execution/lots/" + lot + "/close")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.closeRule").value("MANUAL"));
    assertThat(queries.run(run).orElseThrow().currentLot()).isNull();
    mvc.perform(asOperator(post("/api/execution/lots/" + lot + "/close")))
        .andExpect(status().isConflict());
    JsonNode ack = body(count(run, 5, 0));
    String next = ack.get("booked").get(0).get("lot").asString();
    assertThat(next).isNotEqualTo(lot);
    assertThat(queries.lots("L3", ProductionLotStatus.OPEN, 10))
        .extracting(ProductionLotView::lot)
        .containsExactly(next);
  }

  @Test
  void countsOutsideTheSaneRangeAreRefused() throws Exception {
    String run = startedRun("L1", BALL);
    long before = ledgerCount();
    count(run, 0, 0).andExpect(status().isUnprocessableContent());
    count(run, -1, 0).andExpect(status().isUnprocessableContent());
    count(run, 100_001, 0)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("good"));
    count(run, 0, -5).andExpect(jsonPath("$.field").value("scrap"));
    count("RUN-999999", 1, 0).andExpect(status().isNotFound());
    assertThat(ledgerCount()).isEqualTo(before);
  }

  @Test
  void linesShowTheirCurrentRunAndOpenStop() throws Exception {
    String run = startedRun("L1", BALL);
    mvc.perform(asOperator(post("/api/execution/lines/L1/stops")).content("{\"reason\":\"JAM\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.category").value("UNPLANNED"));
    mvc.perform(get("/api/execution/lines/L1").with(user()))
        .andExpect(jsonPath("$.currentRun.run").value(run))
        .andExpect(jsonPath("$.openStop.reason").value("JAM"));
    List<String> lines =
        List.of(
            body(mvc.perform(get("/api/execution/lines").with(user())))
                .findValuesAsString("line")
                .toArray(String[]::new));
    assertThat(lines).contains("L1", "L2", "L3", "L4", "L5");
  }

  static org.springframework.test.web.servlet.request.RequestPostProcessor user() {
    return org.springframework.security.test.web.servlet.request
        .SecurityMockMvcRequestPostProcessors.user("auditor")
        .roles("AUDITOR");
  }
}
