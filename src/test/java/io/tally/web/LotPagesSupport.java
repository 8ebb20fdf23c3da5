package io.tally.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.RunCommands;
import io.tally.execution.StartRunRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.orders.AuthorisationRequest;
import io.tally.orders.Authorisations;
import io.tally.traceability.ComponentRequests;
import io.tally.traceability.IncomingRequests;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context (with a server, for the browser) for the lot, shipment, quality and
 * reconciliation page tests, and the data they look at, made through the real services: a run with
 * counts (execution), component lots received, issued and consumed (traceability), inspection
 * results (quality, through its page form).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "tally.test.context=lotpages")
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class LotPagesSupport {
  static final String BALL = "762x39-BALL-SC";
  static final Actor OPERATOR = new Actor("op.web");
  static final Actor WAREHOUSE = new Actor("wh.web");
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired CommandExecutor executor;
  @Autowired CommandExecutor commands;
  @Autowired Authorisations authorisations;
  @Autowired JsonMapper json;

  /** A lot made and closed on a line: 10,000 good, 40 scrap, with 10,000 cases of one lot. */
  Made closedLot(String line) {
    var run = executor.execute(OPERATOR, new StartRunRequest(line, BALL, null));
    String lot = run.currentLot();
    executor.execute(
        OPERATOR,
        new IdempotencyKey(java.util.UUID.randomUUID().toString()),
        CountCommands.Report.of(
            new IdempotencyKey(java.util.UUID.randomUUID().toString()),
            run.run(),
            new CountRequest(6_000L, 40L)));
    executor.execute(
        OPERATOR,
        new IdempotencyKey(java.util.UUID.randomUUID().toString()),
        CountCommands.Report.of(
            new IdempotencyKey(java.util.UUID.randomUUID().toString()),
            run.run(),
            new CountRequest(4_000L, 0L)));
    String cases = "CL-CASE-" + SEQUENCE.incrementAndGet();
    commands.execute(
        WAREHOUSE,
        new ComponentRequests.Receipt(
            cases, "CASE-762x39", "Case Works", "SA-77", 12_000L, "STORES", "CW-77", null, null));
    commands.execute(
        new Actor("qa.web"), new IncomingRequests.Inspect(cases, new IncomingRequests.Findings(0)));
    commands.execute(WAREHOUSE, new ComponentRequests.Issue(cases, 11_000L, "STORES", line));
    commands.execute(OPERATOR, new ComponentRequests.Consumption(cases, lot, 10_000L, null));
    executor.execute(OPERATOR, RunCommands.End.of(run.run()));
    return new Made(lot, cases);
  }

  /** A closed lot released by a QUALITY user: every class sampled by its plan, none found. */
  Made releasedLot(String line) throws Exception {
    Made made = closedLot(line);
    mvc.perform(inspection(made.lot(), 0)).andExpect(status().isOk());
    return made;
  }

  /** The inspection form as a QUALITY user sends it: every class, the plan's n, d found. */
  MockHttpServletRequestBuilder inspection(String lot, int d) throws Exception {
    String body =
        mvc.perform(get("/api/quality/lots/{lot}/plans", lot).with(user("qa.web").roles("QUALITY")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var form =
        post("/quality/lots/{lot}/inspections", lot)
            .with(user("qa.web").roles("QUALITY"))
            .with(csrf())
            .header("HX-Request", "true")
            .param("key", UUID.randomUUID().toString());
    for (JsonNode p : json.readTree(body).get("plans")) {
      form.param("class", p.get("class").asString())
          .param("n", p.get("n").asString())
          .param("d", String.valueOf(d))
          .param("destroyed", "");
    }
    return form;
  }

  String authorise(String customer, long quantity) {
    String id = "AUTH-WEB-" + SEQUENCE.incrementAndGet();
    executor.execute(
        new Actor("planner.web"),
        new AuthorisationRequest(
            id,
            customer,
            BALL,
            quantity,
            LocalDate.now().minusDays(10),
            LocalDate.now().plusDays(30),
            "contract " + id));
    return id;
  }

  /** A finished lot and the component lot consumed into it. */
  record Made(String lot, String componentLot) {}
}
