package io.tally.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.RunCommands;
import io.tally.execution.RunView;
import io.tally.execution.StartRunRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KPIs of a copy of the reference plant in America/Caracas (UTC-4 all year) whose calendar has
 * an afternoon shift 14:00-22:00 and a night shift 22:00-06:00. The night of Monday 6 September
 * 2027 runs from 02:00 to 10:00 UTC on the 7th: its output belongs to the night shift and to Monday
 * (the day of its start at the site), never to the UTC date; overtime on Sunday evening at the site
 * (already Monday in UTC) is Sunday's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class CaracasKpiTest {
  static final ZoneId CARACAS = ZoneId.of("America/Caracas");
  static final Actor OP = new Actor("op.caracas");

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired TestClock clock;
  @Autowired CommandExecutor commands;

  @DynamicPropertySource
  static void caracasPlant(DynamicPropertyRegistry registry) {
    try {
      String reference;
      try (var in = CaracasKpiTest.class.getResourceAsStream("/plant/reference-plant.yaml")) {
        reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String caracas =
          reference
              .replace("timezone: UTC", "timezone: America/Caracas")
              .replace(
                  "{ name: A, start: \"06:00\", end: \"14:00\" }",
                  "{ name: A, start: \"14:00\", end: \"22:00\" }")
              .replace(
                  "{ name: B, start: \"14:00\", end: \"22:00\" }",
                  "{ name: N, start: \"22:00\", end: \"06:00\" }");
      assertThat(caracas).contains("America/Caracas", "name: N");
      Path dir = Files.createTempDirectory("tally-caracas");
      Path file = Files.writeString(dir.resolve("caracas-plant.yaml"), caracas);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      registry.add("tally.plant.file", file::toString);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A wall-clock time at the site. */
  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(CARACAS).toInstant();
  }

  private JsonNode kpis(String from, String to, String period) throws Exception {
    return json.readTree(
        mvc.perform(
                get("/api/kpis")
                    .param("line", "L3")
                    .param("from", from)
                    .param("to", to)
                    .param("period", period)
                    .with(user("auditor").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private void report(String run, long good) {
    IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
    commands.execute(OP, key, CountCommands.Report.of(key, run, new CountRequest(good, 0)));
  }

  @Test
  void aNightShiftAcrossMidnightBelongsToTheDayItStartedAtTheSite() throws Exception {
    // Sunday evening at the site, Monday 01:00-01:30 UTC: overtime (no shift on Sundays).
    clock.set(local("2027-09-05T21:00"));
    RunView sunday = commands.execute(OP, new StartRunRequest("L3", "762x39-BLANK", null));
    clock.set(local("2027-09-05T21:30"));
    report(sunday.run(), 1_000);
    commands.execute(OP, RunCommands.End.of(sunday.run()));

    // Monday's night shift at rated rate: 4 375 an hour, counted every hour across midnight.
    clock.set(local("2027-09-06T22:00"));
    RunView night = commands.execute(OP, new StartRunRequest("L3", "762x39-BLANK", null));
    for (int h = 1; h <= 8; h++) {
      clock.set(local("2027-09-06T22:00").plusSeconds(3600L * h));
      report(night.run(), 4_375);
    }
    commands.execute(OP, RunCommands.End.of(night.run()));
    assertThat(local("2027-09-06T22:00")).isEqualTo(Instant.parse("2027-09-07T02:00:00Z"));
    clock.set(local("2027-09-07T19:00"));

    JsonNode shifts = kpis("2027-09-06", "2027-09-06", "shift").get("buckets");
    assertThat(shifts.size()).isEqualTo(2);
    assertThat(shifts.get(0).get("label").asString()).isEqualTo("2027-09-06T14:00");
    JsonNode n = shifts.get(1);
    assertThat(n.get("label").asString()).isEqualTo("2027-09-06T22:00");
    assertThat(n.get("elements").get("pot").asDouble()).isEqualTo(8.0);
    assertThat(n.get("elements").get("apt").asDouble()).isEqualTo(8.0);
    assertThat(n.get("elements").get("gq").asLong()).isEqualTo(8 * 4_375);
    assertThat(n.get("kpis").get("oee").asDouble()).isCloseTo(1.0, within(1e-9));
    assertThat(n.get("kpis").get("effectiveness").asDouble()).isCloseTo(1.0, within(1e-9));

    JsonNode days = kpis("2027-09-05", "2027-09-07", "day").get("buckets");
    assertThat(days.get(0).get("label").asString()).isEqualTo("2027-09-05");
    JsonNode sun = days.get(0).get("elements");
    assertThat(sun.get("pot").asDouble()).isZero();
    assertThat(sun.get("overtimeUnits").asLong()).isEqualTo(1_000);
    assertThat(sun.get("overtimeProduction").asDouble()).isEqualTo(0.5);
    JsonNode mon = days.get(1);
    assertThat(mon.get("label").asString()).isEqualTo("2027-09-06");
    assertThat(mon.get("elements").get("pot").asDouble()).isEqualTo(16.0);
    assertThat(mon.get("elements").get("gq").asLong()).isEqualTo(8 * 4_375);
    assertThat(mon.get("elements").get("overtimeUnits").asLong()).isZero();
    // Tuesday, the UTC date of the night's output: only its afternoon so far (14:00-19:00).
    JsonNode tue = days.get(2);
    assertThat(tue.get("label").asString()).isEqualTo("2027-09-07");
    assertThat(tue.get("elements").get("pot").asDouble()).isEqualTo(5.0);
    assertThat(tue.get("elements").get("gq").asLong()).isZero();
  }
}
