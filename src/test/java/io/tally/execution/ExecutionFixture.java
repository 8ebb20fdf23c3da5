package io.tally.execution;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context for execution's integration tests (in-memory H2, a clock the tests move). Each
 * test starts with no open run or stop on any line and the clock at 1 March 2027, 06:00 UTC.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
abstract class ExecutionFixture {
  static final Instant START = Instant.parse("2027-03-01T06:00:00Z");
  static final Actor ADMIN = new Actor("admin");
  static final String BALL = "762x39-BALL-SC";
  static final String TRACER = "762x39-TRACER";
  static final String BLANK = "762x39-BLANK";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired TestClock clock;
  @Autowired ExecutionQueries queries;
  @Autowired CommandExecutor executor;

  @BeforeEach
  void quietPlant() {
    clock.set(START);
    for (RunView r : queries.runs(null, true, 1000)) {
      executor.execute(ADMIN, RunCommands.End.of(r.run()));
    }
    for (var line : java.util.List.of("L1", "L2", "L3", "L4")) {
      if (queries.openStop(new io.tally.plant.model.LineId(line)).isPresent()) {
        executor.execute(ADMIN, StopCommands.End.of(line));
      }
    }
  }

  static MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder b) {
    return b.with(user("op.one").roles("OPERATOR")).contentType(MediaType.APPLICATION_JSON);
  }

  static MockHttpServletRequestBuilder asPlanner(MockHttpServletRequestBuilder b) {
    return b.with(user("planner").roles("PLANNER")).contentType(MediaType.APPLICATION_JSON);
  }

  long ledgerCount() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  long ledgerCount(String type) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = ?")
        .param(type)
        .query(Long.class)
        .single();
  }

  JsonNode body(ResultActions r) throws Exception {
    return json.readTree(r.andReturn().getResponse().getContentAsString());
  }

  ResultActions startRun(String line, String product) throws Exception {
    return mvc.perform(
        asOperator(post("/api/execution/runs"))
            .content("{\"line\":\"" + line + "\",\"product\":\"" + product + "\"}"));
  }

  String startedRun(String line, String product) throws Exception {
    return body(startRun(line, product)).get("run").asString();
  }

  ResultActions count(String run, long good, long scrap) throws Exception {
    return count(run, good, scrap, UUID.randomUUID().toString());
  }

  ResultActions count(String run, long good, long scrap, String key) throws Exception {
    return mvc.perform(
        asOperator(post("/api/execution/runs/" + run + "/counts"))
            .header("Idempotency-Key", key)
            .content("{\"good\":" + good + ",\"scrap\":" + scrap + "}"));
  }
}
