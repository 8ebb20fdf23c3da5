package io.tally.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.RunCommands;
import io.tally.execution.RunView;
import io.tally.execution.StartRunRequest;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.Event;
import io.tally.ledger.Ledger;
import io.tally.ledger.Replay;
import io.tally.ledger.ReplayReport;
import io.tally.plant.model.ProductCode;
import io.tally.quality.QualityEvent;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Good means good: quality's decisions about a lot reach the day its units were made, as late as
 * they come, and the good as the line recorded it stays beside them; output outside the shifts is
 * overtime, with its own production time and units in the day's totals.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class QualityAndOvertimeKpiTest {
  static final Actor OP = new Actor("op.quality.kpi");
  static final ProductCode BLANK = new ProductCode("762x39-BLANK");
  static final String MADE = "2027-10-04";
  static final String NEXT = "2027-10-05";
  static final String DECIDED = "2027-10-07";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired TestClock clock;
  @Autowired CommandExecutor commands;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired Replay replay;

  static Instant at(String day, String hhmm) {
    return java.time.LocalDateTime.parse(day + "T" + hhmm)
        // Plant time: the reference plant runs on Caracas time (UTC-4).
        .atZone(java.time.ZoneId.of("America/Caracas"))
        .toInstant();
  }

  private JsonNode total(String day) throws Exception {
    return report(day).get("total");
  }

  private JsonNode report(String day) throws Exception {
    return json.readTree(
        mvc.perform(
                get("/api/kpis")
                    .param("line", "L3")
                    .param("from", day)
                    .param("to", day)
                    .param("period", "day")
                    .with(user("auditor").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** Runs a product on L3 from start to end with one count of good units; answers its lot. */
  private LotNumber run(String day, String start, String end, long good) {
    clock.set(at(day, start));
    RunView run = commands.execute(OP, new StartRunRequest("L3", BLANK.value(), null));
    clock.set(at(day, end));
    report(run.run(), new CountRequest(good, 0));
    commands.execute(OP, RunCommands.End.of(run.run()));
    return LotNumber.parse(
        jdbc.sql("SELECT lot FROM kpi_count WHERE run = ?")
            .param(run.run())
            .query(String.class)
            .single());
  }

  private void decide(String hhmm, Event... events) {
    clock.set(at(DECIDED, hhmm));
    tx.executeWithoutResult(s -> ledger.append(Actor.SYSTEM, events));
  }

  @Test
  void dispositionsReachTheDayTheUnitsWereMadeAndOvertimeHasItsOwnTime() throws Exception {
    LotNumber scrapped = run(MADE, "06:00", "10:00", 10_000);
    LotNumber conceded = run(MADE, "10:00", "12:00", 5_000);
    LotNumber reworked = run(NEXT, "06:00", "08:00", 3_000);
    // L3 works shifts 06:00-14:00 and 14:00-22:00: an hour from 22:30 is overtime.
    run(NEXT, "22:30", "23:30", 1_000);
    clock.set(at(NEXT, "23:59"));
    JsonNode madeBefore = total(MADE).get("elements");
    assertThat(madeBefore.get("gq").asLong()).isEqualTo(15_000);
    assertThat(madeBefore.get("gqAtLine").asLong()).isEqualTo(15_000);
    double oeeBefore = total(MADE).get("kpis").get("oee").asDouble();
    assertThat(total(MADE).get("kpis").get("oeeAtLine").asDouble()).isEqualTo(oeeBefore);
    assertThat(total(MADE).get("kpis").get("changedByQuality").asBoolean()).isFalse();

    Instant t = at(DECIDED, "09:00");
    LotNumber reworkLot = reworked.withSuffix("A");
    decide(
        "09:00",
        new QualityEvent.SamplesConsumed(scrapped, 50, t),
        new QualityEvent.LotScrapped(scrapped, 9_950, "class A rejected", t),
        new QualityEvent.SamplesConsumed(conceded, 20, t),
        new QualityEvent.LotReleased(conceded, BLANK, 4_980, t, true, "qa.second"),
        new QualityEvent.LotReworked(reworked, reworkLot, 3_000, "re-sized", t),
        new QualityEvent.LotScrapped(reworkLot, 1_000, "rework failed", t));

    // The day the units were made: good after quality falls; the line's good stays beside it.
    JsonNode made = total(MADE);
    JsonNode e = made.get("elements");
    assertThat(e.get("gqAtLine").asLong()).isEqualTo(15_000);
    assertThat(e.get("gq").asLong()).isEqualTo(4_980);
    assertThat(e.get("sq").asLong()).isEqualTo(9_950);
    assertThat(e.get("samples").asLong()).isEqualTo(70);
    assertThat(e.get("concession").asLong()).isEqualTo(4_980);
    assertThat(e.get("rq").asLong()).isZero();
    assertThat(e.get("pq").asLong()).isEqualTo(15_000);
    JsonNode k = made.get("kpis");
    assertThat(k.get("qualityRatio").asDouble()).isEqualTo(4_980 / 15_000.0);
    assertThat(k.get("qualityRatioAtLine").asDouble()).isEqualTo(1.0);
    assertThat(k.get("oee").asDouble()).isCloseTo(oeeBefore * 4_980 / 15_000.0, within(1e-12));
    // The figure as first reported and as now, side by side, the change flagged.
    assertThat(k.get("oeeAtLine").asDouble()).isEqualTo(oeeBefore);
    assertThat(k.get("changedByQuality").asBoolean()).isTrue();
    assertThat(report(MADE).get("buckets").get(0).get("kpis").get("changedByQuality").asBoolean())
        .isTrue();

    // Reworked units count as rework; those of the rework lot scrapped after all, as scrap.
    JsonNode next = total(NEXT).get("elements");
    assertThat(next.get("gqAtLine").asLong()).isEqualTo(3_000);
    assertThat(next.get("gq").asLong()).isZero();
    assertThat(next.get("rq").asLong()).isEqualTo(2_000);
    assertThat(next.get("sq").asLong()).isEqualTo(1_000);
    // Overtime: its own production time and units in the day's totals, not in POT or the KPIs.
    assertThat(next.get("overtimeProduction").asDouble()).isEqualTo(1.0);
    assertThat(next.get("overtimeUnits").asLong()).isEqualTo(1_000);
    assertThat(next.get("pot").asDouble()).isEqualTo(16.0);
    assertThat(report(NEXT).get("outsidePlannedTime").asLong()).isEqualTo(1_000);
    assertThat(report(NEXT).get("buckets").get(0).get("elements").get("overtimeUnits").asLong())
        .isEqualTo(1_000);

    // The day of the decision is not touched: nothing was made that day.
    clock.set(at(DECIDED, "23:59"));
    JsonNode decided = total(DECIDED).get("elements");
    assertThat(decided.get("pot").asDouble()).isEqualTo(16.0);
    for (String q : new String[] {"gq", "sq", "rq", "pq", "samples", "concession", "gqAtLine"}) {
      assertThat(decided.get(q).asLong()).as(q).isZero();
    }

    // Replay rebuilds the same tables from the ledger.
    ReplayReport r = replay.run();
    assertThat(r.differences()).isEmpty();
    assertThat(r.identical()).isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM kpi_quality").query(Long.class).single())
        .isEqualTo(6);
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  private void report(String run, CountRequest request) {
    IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
    commands.execute(OP, key, CountCommands.Report.of(key, run, request));
  }
}
