package io.tally.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunCommands;
import io.tally.execution.RunView;
import io.tally.execution.StartRunRequest;
import io.tally.execution.StopCommands;
import io.tally.execution.StopRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.plant.model.LineId;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A known run through the real execution services, then its KPIs through the API: shift A of Monday
 * 7 June 2027 on L2 (8 h, no planned downtime), a run 06:00-12:00 at 4,375/h rated, a jam
 * 08:00-09:00, 20,000 good and 500 scrap.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class LineKpisTest {
  static final Actor OP = new Actor("op.kpi");
  static final String DAY = "2027-06-07";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired TestClock clock;
  @Autowired CommandExecutor executor;
  @Autowired ExecutionQueries queries;

  @BeforeEach
  void knownShift() {
    clock.set(at("05:00"));
    if (!queries.runs("L2", false, 1000).stream()
        .anyMatch(r -> r.startedAt().equals(at("06:00")))) {
      queries
          .openRun(new LineId("L2"))
          .ifPresent(r -> executor.execute(OP, RunCommands.End.of(r.run())));
      if (queries.openStop(new LineId("L2")).isPresent()) {
        executor.execute(OP, StopCommands.End.of("L2"));
      }
      clock.set(at("06:00"));
      RunView run = executor.execute(OP, new StartRunRequest("L2", "762x39-BALL-SC", null));
      clock.set(at("08:00"));
      executor.execute(
          OP,
          new IdempotencyKey(java.util.UUID.randomUUID().toString()),
          CountCommands.Report.of(
              new IdempotencyKey(java.util.UUID.randomUUID().toString()),
              run.run(),
              new CountRequest(8_000, 200)));
      executor.execute(OP, StopCommands.Start.of("L2", new StopRequest("JAM")));
      clock.set(at("09:00"));
      executor.execute(OP, StopCommands.End.of("L2"));
      clock.set(at("12:00"));
      executor.execute(
          OP,
          new IdempotencyKey(java.util.UUID.randomUUID().toString()),
          CountCommands.Report.of(
              new IdempotencyKey(java.util.UUID.randomUUID().toString()),
              run.run(),
              new CountRequest(12_000, 300)));
      executor.execute(OP, RunCommands.End.of(run.run()));
    }
    clock.set(at("23:00"));
  }

  @Test
  void theShiftsTimeElementsAndKpisFollowIso22400() throws Exception {
    JsonNode shift = report("shift").get("buckets").get(0);
    assertThat(shift.get("label").asString()).isEqualTo(DAY + "T06:00");
    JsonNode t = shift.get("elements");
    assertThat(t.get("pbt").asDouble()).isEqualTo(8.0);
    assertThat(t.get("apt").asDouble()).isEqualTo(5.0);
    assertThat(t.get("adet").asDouble()).isEqualTo(1.0);
    assertThat(t.get("adot").asDouble()).isEqualTo(2.0);
    assertThat(t.get("aoet").asDouble()).isEqualTo(6.0);
    assertThat(t.get("gq").asLong()).isEqualTo(20_000);
    assertThat(t.get("sq").asLong()).isEqualTo(500);
    JsonNode k = shift.get("kpis");
    assertThat(k.get("availability").asDouble()).isCloseTo(5.0 / 8, within(1e-9));
    assertThat(k.get("effectiveness").asDouble()).isCloseTo(20_500 / 4375.0 / 5, within(1e-9));
    assertThat(k.get("qualityRatio").asDouble()).isCloseTo(20_000 / 20_500.0, within(1e-9));
    assertThat(k.get("oee").asDouble()).isCloseTo(20_000 / 4375.0 / 8, within(1e-9));
    assertThat(k.get("nee").asDouble()).isCloseTo(20_000 / 4375.0 / 8, within(1e-9));
    assertThat(k.get("setupRate").asDouble()).isEqualTo(0.0);
    assertThat(k.get("technicalEfficiency").asDouble()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(k.get("throughputPerHour").asDouble()).isCloseTo(20_500 / 6.0, within(1e-9));
    assertThat(k.get("scrapRatio").asDouble()).isCloseTo(500 / 20_500.0, within(1e-9));
    // The jam is a delay, not a failure (only BRK is): no failure, so no MTBF or MTTR.
    assertThat(t.get("failures").asLong()).isZero();
    assertThat(k.get("mtbfHours").isNull()).isTrue();
    assertThat(k.get("mttrHours").isNull()).isTrue();
  }

  @Test
  void theDayHasBothShiftsSoItsOeeIsHalfTheShifts() throws Exception {
    JsonNode r = report("day");
    JsonNode day = r.get("buckets").get(0);
    assertThat(day.get("label").asString()).isEqualTo(DAY);
    assertThat(day.get("elements").get("pbt").asDouble()).isEqualTo(16.0);
    assertThat(day.get("kpis").get("oee").asDouble()).isCloseTo(20_000 / 4375.0 / 16, within(1e-9));
    assertThat(r.get("nameplate").get("nameplate").asDouble()).isEqualTo(4375.0 * 16);
    assertThat(r.get("nameplate").get("attainment").asDouble())
        .isCloseTo(20_000 / (4375.0 * 16), within(1e-9));
  }

  @Test
  void theParetoRanksTheJam() throws Exception {
    String body =
        mvc.perform(
                get("/api/kpis/pareto?line=L2&from=" + DAY + "&to=" + DAY)
                    .with(user("auditor").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode rows = json.readTree(body);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("reason").asString()).isEqualTo("JAM");
    assertThat(rows.get(0).get("hours").asDouble()).isEqualTo(1.0);
    assertThat(rows.get(0).get("stops").asLong()).isEqualTo(1);
    assertThat(rows.get(0).get("cumulativeShare").asDouble()).isEqualTo(1.0);
  }

  @Test
  void anUnknownLineOrPeriodIsRefusedByName() throws Exception {
    mvc.perform(get("/api/kpis?line=L9").with(user("a").roles("OPERATOR")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/kpis?line=L1&period=year").with(user("a").roles("OPERATOR")))
        .andExpect(status().isUnprocessableContent());
  }

  private JsonNode report(String period) throws Exception {
    String body =
        mvc.perform(
                get("/api/kpis?line=L2&from=" + DAY + "&to=" + DAY + "&period=" + period)
                    .with(user("planner").roles("PLANNER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  private static Instant at(String time) {
    return java.time.LocalDateTime.parse(DAY + "T" + time)
        // Plant time: the reference plant runs on Caracas time (UTC-4).
        .atZone(java.time.ZoneId.of("America/Caracas"))
        .toInstant();
  }
}
