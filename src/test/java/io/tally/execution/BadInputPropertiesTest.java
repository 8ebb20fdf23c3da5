package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tally.TallyApplication;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Bad input to execution's command API: malformed JSON, missing fields, unknown ids, negative and
 * huge numbers, wrong roles. The answer is always a 4xx problem body, never a 500, and the ledger
 * does not grow.
 */
class BadInputPropertiesTest {
  private static ConfigurableApplicationContext context;
  private static MockMvc mvc;
  private static JdbcClient jdbc;
  private static String run;
  private static String lot;

  @BeforeContainer
  static void start() {
    context =
        new SpringApplicationBuilder(TallyApplication.class)
            .profiles("test")
            .properties("server.port=0", "spring.main.register-shutdown-hook=false")
            .run();
    mvc =
        MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    jdbc = context.getBean(JdbcClient.class);
    RunView r =
        context
            .getBean(CommandExecutor.class)
            .execute(new Actor("admin"), new StartRunRequest("L1", "762x39-BALL-SC", null));
    run = r.run();
    lot = r.currentLot();
  }

  @AfterContainer
  static void stop() {
    context.close();
  }

  record Command(String path, String role) {}

  static final List<Command> COMMANDS =
      List.of(
          new Command("/api/execution/work-orders", "PLANNER"),
          new Command("/api/execution/runs", "OPERATOR"),
          new Command("/api/execution/runs/{run}/counts", "OPERATOR"),
          new Command("/api/execution/lines/L2/stops", "OPERATOR"));

  static long ledger() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  static String assertRefused(MockHttpServletRequestBuilder request) throws Exception {
    long before = ledger();
    MockHttpServletResponse res = mvc.perform(request).andReturn().getResponse();
    assertThat(res.getStatus())
        .as("%s -> %s", request, res.getContentAsString())
        .isBetween(400, 499);
    assertThat(res.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(res.getContentAsString()).contains("\"status\":" + res.getStatus());
    assertThat(ledger()).isEqualTo(before);
    return res.getContentAsString();
  }

  static MockHttpServletRequestBuilder send(Command c, String body, String role) {
    return post(c.path(), run)
        .header("Idempotency-Key", "prop-" + java.util.UUID.randomUUID())
        .with(user("prop.user").roles(role))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  @Property(tries = 80)
  void malformedBodiesAreRefused(
      @ForAll("commands") Command command, @ForAll("malformed") String body) throws Exception {
    assertRefused(send(command, body, command.role()));
  }

  @Property(tries = 80)
  void countsOutOfRangeOrOfTheWrongTypeAreRefused(
      @ForAll("badAmount") String good, @ForAll("anyAmount") String scrap) throws Exception {
    String body = "{\"good\":" + good + ",\"scrap\":" + scrap + "}";
    assertRefused(send(COMMANDS.get(2), body, "OPERATOR"));
    assertRefused(
        send(COMMANDS.get(2), "{\"good\":" + scrap + ",\"scrap\":" + good + "}", "OPERATOR"));
  }

  @Property(tries = 60)
  void numbersOfAnyMagnitudeAreAnsweredBrieflyNamingTheField(@ForAll("exponent") String good)
      throws Exception {
    String body = assertRefused(send(COMMANDS.get(2), "{\"good\":" + good + "}", "OPERATOR"));
    assertThat(body).contains("\"field\":\"good\"").hasSizeLessThan(1024);
  }

  @Property(tries = 60)
  void idsOutsideTheirFormAreRefusedNamingTheField(@ForAll("outsideTheIdForm") String id)
      throws Exception {
    String json = new tools.jackson.databind.json.JsonMapper().writeValueAsString(id);
    String body =
        assertRefused(
            send(COMMANDS.get(1), "{\"line\":\"L2\",\"workOrder\":" + json + "}", "OPERATOR"));
    assertThat(body).contains("\"field\":\"workOrder\"").hasSizeLessThan(1024);
  }

  @Property(tries = 60)
  void workOrdersWithAFieldMissingOrWrongAreRefused(@ForAll("badWorkOrder") String body)
      throws Exception {
    assertRefused(send(COMMANDS.get(0), body, "PLANNER"));
  }

  @Property(tries = 60)
  void unknownIdsAreRefused(@ForAll("unknownId") String id) throws Exception {
    assertRefused(
        post("/api/execution/runs/{run}/counts", "RUN-9" + id)
            .header("Idempotency-Key", "prop-" + id)
            .with(user("o").roles("OPERATOR"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"good\":1,\"scrap\":0}"));
    assertRefused(
        post("/api/execution/lines/{line}/stops", "X" + id)
            .with(user("o").roles("OPERATOR"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"JAM\"}"));
    assertRefused(
        post("/api/execution/lots/{lot}/close", "NOLOT" + id).with(user("o").roles("OPERATOR")));
    assertRefused(
        send(COMMANDS.get(1), "{\"line\":\"L1\",\"workOrder\":\"WO-" + id + "\"}", "OPERATOR"));
    assertRefused(send(COMMANDS.get(3), "{\"reason\":\"R" + id + "\"}", "OPERATOR"));
  }

  @Property(tries = 40)
  void rolesTheCommandDoesNotAdmitAreRefused(
      @ForAll("commands") Command command,
      @ForAll("roles") String role,
      @ForAll("anyAmount") String good)
      throws Exception {
    if (command.role().equals(role)) {
      role = "WAREHOUSE";
    }
    String body =
        command.path().endsWith("counts")
            ? "{\"good\":" + good + ",\"scrap\":1}"
            : "{\"line\":\"L1\",\"product\":\"762x39-BALL-SC\",\"reason\":\"JAM\"}";
    assertRefused(send(command, body, role));
    assertRefused(
        post("/api/execution/lots/{lot}/close", lot)
            .with(user("q").roles(role.equals("OPERATOR") ? "QUALITY" : role)));
  }

  @Provide
  Arbitrary<Command> commands() {
    return Arbitraries.of(COMMANDS);
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("QUALITY", "WAREHOUSE", "AUDITOR", "PLANNER", "OPERATOR");
  }

  @Provide
  Arbitrary<String> malformed() {
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(40);
    Arbitrary<String> truncated =
        Arbitraries.of(
                "{\"good\":5,\"scrap\":0}",
                "{\"line\":\"L1\",\"product\":\"762x39-BALL-SC\"}",
                "{\"reason\":\"JAM\"}",
                "{\"id\":\"W\",\"line\":\"L1\",\"product\":\"762x39-BALL-SC\",\"quantity\":5}")
            .flatMap(
                s -> Arbitraries.integers().between(1, s.length() - 1).map(n -> s.substring(0, n)));
    Arbitrary<String> wrongShape =
        Arbitraries.of("[]", "[1,2]", "42", "\"text\"", "null", "true", "{}", "{\"good\":{}}");
    return Arbitraries.oneOf(noise, truncated, wrongShape)
        .filter(s -> !s.startsWith("{\"good\":5") || !s.endsWith("}"));
  }

  @Provide
  Arbitrary<String> badAmount() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(Long.MIN_VALUE, -1).map(String::valueOf),
        Arbitraries.longs()
            .between(CountCommands.MAX_PER_REPORT + 1, Long.MAX_VALUE)
            .map(String::valueOf),
        Arbitraries.of(
            "99999999999999999999999",
            "1e30",
            "-0.5",
            "12.5",
            "\"ten\"",
            "true",
            "[]",
            "{}",
            "NaN"));
  }

  @Provide
  Arbitrary<String> exponent() {
    return Combinators.combine(
            Arbitraries.of("1", "-1", "9.99", "0.5"),
            Arbitraries.of("e", "E", "e+", "e-"),
            Arbitraries.integers().between(20, 999_999_999))
        .as((mantissa, e, power) -> mantissa + e + power);
  }

  /** Ids a person might type that break the id form: markup, spaces, formulas, too long, empty. */
  @Provide
  Arbitrary<String> outsideTheIdForm() {
    return Arbitraries.oneOf(
        Arbitraries.of("<script>", "a b", "=cmd|' /C calc'!A0", "-1", "@x", "", "é", ".."),
        Arbitraries.strings().alpha().numeric().ofLength(65),
        Arbitraries.strings()
            .ofMinLength(1)
            .ofMaxLength(80)
            .filter(s -> !s.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")));
  }

  @Provide
  Arbitrary<String> anyAmount() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, CountCommands.MAX_PER_REPORT).map(String::valueOf),
        Arbitraries.just("null"));
  }

  @Provide
  Arbitrary<String> unknownId() {
    return Arbitraries.strings()
        .withCharRange('0', '9')
        .withCharRange('A', 'Z')
        .ofMinLength(1)
        .ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> badWorkOrder() {
    Map<String, String> valid =
        Map.of(
            "id", "\"WO-PROP-1\"",
            "line", "\"L1\"",
            "product", "\"762x39-BALL-SC\"",
            "quantity", "1000",
            "plannedStart", "\"2027-03-01T06:00:00Z\"");
    Map<String, List<String>> wrong =
        Map.of(
            "id", List.of("\"\"", "\"has space\"", "\"a//\\u0000\"", "null"),
            "line", List.of("\"L9\"", "\"L5\"", "\"\"", "null", "7"),
            "product", List.of("\"762x39-TRACER\"", "\"NOPE\"", "null", "[]"),
            "quantity",
                List.of("0", "-5", "1000000001", "99999999999999999999", "\"many\"", "null"),
            "plannedStart", List.of("\"yesterday\"", "\"2027-13-01T00:00:00Z\"", "null", "5"));
    List<String> fields = List.of("id", "line", "product", "quantity", "plannedStart");
    Arbitrary<String> broken = Arbitraries.of(fields);
    return Combinators.combine(
            broken, Arbitraries.integers().between(0, 5), Arbitraries.of(true, false))
        .as(
            (field, pick, drop) -> {
              List<String> parts = new ArrayList<>();
              for (String f : fields) {
                if (f.equals(field)) {
                  if (!drop) {
                    List<String> options = wrong.get(f);
                    parts.add("\"" + f + "\":" + options.get(pick % options.size()));
                  }
                } else {
                  parts.add("\"" + f + "\":" + valid.get(f));
                }
              }
              return "{" + String.join(",", parts) + "}";
            });
  }
}
