package io.tally.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.cli.SpringLauncher;
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
import io.tally.plant.PlantApprovalRequest;
import io.tally.plant.PlantChangeRequest;
import io.tally.plant.PlantCommands;
import io.tally.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editing the plant file and restarting does not rewrite the past. A day of work on L3 under the
 * reference plant; then an approved file raises L3's rate for its reference product (the
 * nameplate's product), moves shift A from 06:00 to 07:00, renames the jam reason and makes it a
 * failure; the application is stopped and started again on the same database with the new file.
 * Every answer of {@code /api/kpis} and {@code /api/kpis/pareto} about the days before is
 * byte-identical, and the day after the restart follows the new file.
 */
class RulesInForceRestartTest {
  static final Actor OP = new Actor("op.restart");
  static final String DAY = "2027-09-06"; // a Monday
  static final TestClock CLOCK = new TestClock(at(DAY, "00:00"));

  @TempDir Path dir;
  private String oldDataDir;

  /** A wall-clock time in the reference plant's zone (America/Caracas since the plant moved). */
  static Instant at(String day, String hhmm) {
    return java.time.LocalDateTime.parse(day + "T" + hhmm)
        .atZone(java.time.ZoneId.of("America/Caracas"))
        .toInstant();
  }

  @BeforeEach
  void dataDir() {
    oldDataDir = System.getProperty("tally.data-dir");
    System.setProperty("tally.data-dir", dir.resolve("data").toString());
  }

  @AfterEach
  void restore() {
    SecurityContextHolder.clearContext();
    if (oldDataDir == null) {
      System.clearProperty("tally.data-dir");
    } else {
      System.setProperty("tally.data-dir", oldDataDir);
    }
  }

  private static ConfigurableApplicationContext start(Path plantFile) {
    ApplicationContextInitializer<GenericApplicationContext> withClock =
        ctx ->
            ctx.registerBean("restartClock", Clock.class, () -> CLOCK, bd -> bd.setPrimary(true));
    return SpringLauncher.start(
        false,
        Map.of("tally.plant.file", plantFile.toString(), "logging.level.root", "WARN"),
        withClock);
  }

  /** The answers the API gives about the days before the change, by name of the question. */
  private static Map<String, String> answers(ConfigurableApplicationContext ctx) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "auditor", null, List.of(new SimpleGrantedAuthority("ROLE_AUDITOR"))));
    KpiController api = ctx.getBean(KpiController.class);
    JsonMapper json = ctx.getBean(JsonMapper.class);
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : new String[] {"L3", null}) {
      for (String period : List.of("shift", "day", "week", "month")) {
        out.put(
            line + " " + period,
            json.writeValueAsString(api.kpis(line, "2027-09-01", DAY, period, false)));
        out.put(
            line + " " + period + " as recorded",
            json.writeValueAsString(api.kpis(line, "2027-09-01", DAY, period, true)));
      }
      out.put(
          line + " pareto", json.writeValueAsString(api.pareto(line, "2027-09-01", DAY, false)));
    }
    return out;
  }

  @Test
  void everyKpiOfTheDaysBeforeARestartWithAnEditedPlantFileStaysAsItWas() throws Exception {
    String reference;
    try (var in = getClass().getResourceAsStream("/plant/reference-plant.yaml")) {
      reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String editedText =
        reference
            .replaceFirst(
                "\\{ product: 762x39-TRACER, ratedPerHour: 4375 \\}",
                "{ product: 762x39-TRACER, ratedPerHour: 5000 }")
            .replace(
                "{ name: A, start: \"06:00\", end: \"14:00\" }",
                "{ name: A, start: \"07:00\", end: \"14:00\" }")
            .replace(
                "{ code: JAM, name: Feed jam, category: unplanned }",
                "{ code: JAM, name: Jammed feed, category: unplanned, failure: true }");
    assertThat(editedText).contains("ratedPerHour: 5000", "07:00", "Jammed feed");
    Path original = Files.writeString(dir.resolve("plant.yaml"), reference);
    Path edited = Files.writeString(dir.resolve("plant-edited.yaml"), editedText);

    Map<String, String> before;
    CLOCK.set(at(DAY, "00:00"));
    try (var ctx = start(original)) {
      CommandExecutor commands = ctx.getBean(CommandExecutor.class);
      CLOCK.set(at(DAY, "06:00"));
      RunView tracer = commands.execute(OP, new StartRunRequest("L3", "762x39-TRACER", null));
      CLOCK.set(at(DAY, "09:00"));
      report(commands, tracer.run(), new CountRequest(12_000, 150));
      commands.execute(OP, StopCommands.Start.of("L3", new StopRequest("JAM")));
      CLOCK.set(at(DAY, "09:40"));
      commands.execute(OP, StopCommands.End.of("L3"));
      CLOCK.set(at(DAY, "12:30"));
      report(commands, tracer.run(), new CountRequest(11_000, 90));
      commands.execute(OP, RunCommands.End.of(tracer.run()));
      CLOCK.set(at(DAY, "15:00"));
      RunView blank = commands.execute(OP, new StartRunRequest("L3", "762x39-BLANK", null));
      CLOCK.set(at(DAY, "18:00"));
      commands.execute(OP, StopCommands.Start.of("L3", new StopRequest("BRK")));
      CLOCK.set(at(DAY, "19:00"));
      commands.execute(OP, StopCommands.End.of("L3"));
      CLOCK.set(at(DAY, "21:30"));
      report(commands, blank.run(), new CountRequest(20_000, 300));
      commands.execute(OP, RunCommands.End.of(blank.run()));

      // Just after midnight: the day is over; its figures are reported.
      CLOCK.set(at("2027-09-07", "00:30"));
      before = answers(ctx);
      long change =
          commands
              .execute(new Actor("admin"), new PlantChangeRequest("plant.yaml", editedText, null))
              .id();
      commands.execute(
          new Actor("quinn"),
          new PlantCommands.Approve(
              change, new PlantApprovalRequest(LocalDate.parse("2027-09-07"))));
    }

    CLOCK.set(at("2027-09-07", "12:00"));
    try (var ctx = start(edited)) {
      CLOCK.set(at("2027-09-08", "23:00"));
      Map<String, String> after = answers(ctx);
      for (Map.Entry<String, String> e : before.entrySet()) {
        assertThat(after.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
      }
      JsonNode l3 = ctx.getBean(JsonMapper.class).readTree(before.get("L3 shift"));
      JsonNode total = l3.get("total");
      // 1 to 6 September: Wednesday to Friday and Monday, two 8-hour shifts a day.
      assertThat(total.get("elements").get("pot").asDouble()).isEqualTo(64.0);
      assertThat(total.get("elements").get("failures").asLong()).isEqualTo(1);
      // The nameplate of those days is L3's reference rate then: 4 375 an hour.
      assertThat(l3.get("nameplate").get("nameplate").asDouble()).isEqualTo(4375.0 * 64);
      assertThat(before.get("L3 pareto")).contains("Feed jam").doesNotContain("Jammed feed");

      // The day after the restart: the new file's shift A, rate and reasons.
      KpiController api = ctx.getBean(KpiController.class);
      KpiReport next = api.kpis("L3", "2027-09-08", "2027-09-08", "shift", false);
      assertThat(next.buckets().get(0).label()).isEqualTo("2027-09-08T07:00");
      assertThat(next.nameplate().nameplate()).isEqualTo(5000.0 * 15);
    }
  }

  private static void report(CommandExecutor commands, String run, CountRequest request) {
    IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
    commands.execute(OP, key, CountCommands.Report.of(key, run, request));
  }
}
