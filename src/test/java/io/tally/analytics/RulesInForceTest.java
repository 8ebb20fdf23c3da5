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
import io.tally.execution.StopCommands;
import io.tally.execution.StopRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantChangeEvents;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Editing the plant file does not rewrite the past: a run records the rated rate it started under,
 * and each day's shifts come from the plant file in force that day. A later load (what a restart
 * with an edited file records) changes L3's rate for blanks and shortens shift A; every KPI of the
 * day before stays as it was, and the days after the load follow the new file.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class RulesInForceTest {
  static final Actor OP = new Actor("op.rules");
  static final String DAY = "2027-09-06";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired TestClock clock;
  @Autowired CommandExecutor commands;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;

  static Instant at(String day, String hhmm) {
    return java.time.LocalDateTime.parse(day + "T" + hhmm)
        // Plant time: the reference plant runs on Caracas time (UTC-4).
        .atZone(java.time.ZoneId.of("America/Caracas"))
        .toInstant();
  }

  private String kpis(String day, String period) throws Exception {
    return mvc.perform(
            get("/api/kpis")
                .param("line", "L3")
                .param("from", day)
                .param("to", day)
                .param("period", period)
                .with(user("auditor").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @SuppressWarnings("unchecked")
  private void loadEditedPlantFile(Instant when) {
    String payload =
        jdbc.sql("SELECT payload FROM ledger_entry WHERE type = ? ORDER BY seq DESC LIMIT 1")
            .param(PlantChangeEvents.FILE_LOADED)
            .query(String.class)
            .single();
    Map<String, Object> p = new LinkedHashMap<>(json.readValue(payload, Map.class));
    String text = (String) p.get("text");
    String edited =
        text.replace(
                "{ product: 762x39-BLANK, ratedPerHour: 4375 }",
                "{ product: 762x39-BLANK, ratedPerHour: 5000 }")
            .replace(
                "{ name: A, start: \"06:00\", end: \"14:00\" }",
                "{ name: A, start: \"07:00\", end: \"14:00\" }");
    assertThat(edited).isNotEqualTo(text);
    p.put("text", edited);
    p.put("fileSha256", "e".repeat(64));
    p.put("sampling", java.util.List.of());
    clock.set(when);
    tx.executeWithoutResult(s -> ledger.append(Actor.SYSTEM, PlantChangeEvents.FILE_LOADED, p));
  }

  @Test
  void kpisOfDaysBeforeAPlantFileChangeStayAsTheyWere() throws Exception {
    clock.set(at(DAY, "06:00"));
    RunView run = commands.execute(OP, new StartRunRequest("L3", "762x39-BLANK", null));
    assertThat(
            jdbc.sql("SELECT rated_per_hour FROM kpi_run WHERE run = ?")
                .param(run.run())
                .query(Double.class)
                .single())
        .isEqualTo(4375.0);
    clock.set(at(DAY, "10:00"));
    report(run.run(), new CountRequest(15_000, 100));
    commands.execute(OP, StopCommands.Start.of("L3", new StopRequest("JAM")));
    clock.set(at(DAY, "10:30"));
    commands.execute(OP, StopCommands.End.of("L3"));
    clock.set(at(DAY, "13:00"));
    report(run.run(), new CountRequest(10_000, 0));
    commands.execute(OP, RunCommands.End.of(run.run()));
    clock.set(at(DAY, "23:00"));
    String shiftsBefore = kpis(DAY, "shift");
    String dayBefore = kpis(DAY, "day");

    loadEditedPlantFile(at("2027-09-07", "12:00"));
    clock.set(at("2027-09-08", "23:00"));

    assertThat(kpis(DAY, "shift")).isEqualTo(shiftsBefore);
    assertThat(kpis(DAY, "day")).isEqualTo(dayBefore);
    JsonNode before = json.readTree(dayBefore).get("total");
    assertThat(before.get("elements").get("pot").asDouble()).isEqualTo(16.0);
    // The day the file was loaded keeps the shifts in force at its start; the next day's follow it.
    assertThat(
            json.readTree(kpis("2027-09-07", "day"))
                .get("total")
                .get("elements")
                .get("pot")
                .asDouble())
        .isEqualTo(16.0);
    JsonNode after = json.readTree(kpis("2027-09-08", "shift")).get("buckets");
    assertThat(after.get(0).get("label").asString()).isEqualTo("2027-09-08T07:00");
    assertThat(after.get(0).get("elements").get("pot").asDouble()).isEqualTo(7.0);
  }

  private void report(String run, CountRequest request) {
    IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
    commands.execute(OP, key, CountCommands.Report.of(key, run, request));
  }
}
