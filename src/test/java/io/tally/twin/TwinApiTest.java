package io.tally.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The twin's REST endpoint: a small run of the reference plant, a scenario against it, bounded and
 * checked input answered with problems naming the field, one run at a time, and the roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TwinApiTest {
  /** The reference plant's derived available nameplate, rounds per year. */
  static final double NAMEPLATE = 70_000_000;

  static final String FASTER_REPAIR =
      """
      name: faster repair on L3
      changes:
        - reliability: { line: L3, mttrHours: 0.5 }
      """;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired TwinRuns runs;

  ResultActions simulate(String user, String role, Map<String, Object> body) throws Exception {
    return mvc.perform(
        post("/api/twin/simulations")
            .with(user(user).roles(role))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  static Map<String, Object> body(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  @Test
  void aSmallRunForecastsOutputJustBelowTheNameplate() throws Exception {
    JsonNode r =
        read(
            simulate("planner1", "PLANNER", body("replications", 20, "seed", 7, "threads", 1))
                .andExpect(status().isOk()));
    assertThat(r.get("replications").asInt()).isEqualTo(20);
    assertThat(r.get("scenario").asString()).isEqualTo("baseline");
    assertThat(r.get("target").asDouble()).isEqualTo(NAMEPLATE);
    double mean = r.at("/output/mean").asDouble();
    // Breakdowns and changeovers cost a few per cent of the nameplate, never more than 15 %.
    assertThat(mean).isBetween(0.85 * NAMEPLATE, NAMEPLATE);
    assertThat(r.at("/output/ci95/0").asDouble()).isLessThan(mean);
    assertThat(r.at("/output/ci95/1").asDouble()).isGreaterThan(mean);
    assertThat(r.at("/output/quantiles/p50").asDouble()).isBetween(0.85 * NAMEPLATE, NAMEPLATE);
    assertThat(r.get("pTarget").asDouble()).isBetween(0.0, 1.0);
    long counted = 0;
    for (JsonNode c : r.at("/output/histogram/counts")) {
      counted += c.asLong();
    }
    assertThat(counted).isEqualTo(20);
    List<String> lines = new ArrayList<>();
    for (JsonNode l : r.get("lines")) {
      lines.add(l.get("id").asString());
      assertThat(l.get("utilisation").asDouble()).isBetween(0.5, 1.0);
      assertThat(l.get("availability").asDouble()).isBetween(0.5, 1.0);
    }
    assertThat(lines).containsExactly("L1", "L2", "L3", "L4");
    assertThat(r.get("bottlenecks")).hasSize(4);

    JsonNode last =
        read(
            mvc.perform(get("/api/twin/simulations/last").with(user("aud1").roles("AUDITOR")))
                .andExpect(status().isOk()));
    assertThat(last.at("/output/mean").asDouble()).isEqualTo(mean);
  }

  @Test
  void theSameSeedGivesTheSameForecast() throws Exception {
    Map<String, Object> request = body("replications", 4, "seed", 99, "threads", 1);
    JsonNode a = read(simulate("planner1", "PLANNER", request).andExpect(status().isOk()));
    JsonNode b = read(simulate("admin1", "ADMIN", request).andExpect(status().isOk()));
    assertThat(b.get("output")).isEqualTo(a.get("output"));
  }

  @Test
  void aScenarioIsComparedWithThePlantAsItIs() throws Exception {
    JsonNode r =
        read(
            simulate(
                    "planner1",
                    "PLANNER",
                    body("replications", 10, "seed", 7, "threads", 1, "scenario", FASTER_REPAIR))
                .andExpect(status().isOk()));
    assertThat(r.get("scenario").asString()).isEqualTo("faster repair on L3");
    assertThat(r.at("/baseline/replications").asInt()).isEqualTo(10);
    double gain = r.at("/difference/mean").asDouble();
    assertThat(r.at("/output/mean").asDouble() - r.at("/baseline/output/mean").asDouble())
        .isCloseTo(gain, offset(1.0));
    // Repairs three times faster on one line of four: more output, by well under 5 %.
    assertThat(gain).isBetween(0.0, 0.05 * NAMEPLATE);
    assertThat(r.at("/difference/ci95/0").asDouble()).isPositive();
  }

  @Test
  void inputOutOfBoundsIsRefusedNamingTheField() throws Exception {
    expectInvalid(body(), "replications", "required");
    expectInvalid(body("replications", 1), "replications", "2 to 10,000");
    expectInvalid(body("replications", 10_001), "replications", "got 10001");
    expectInvalid(body("replications", 10, "years", 6), "years", "1 to 5");
    expectInvalid(body("replications", 10, "years", 0), "years", "1 to 5");
    expectInvalid(body("replications", 10, "threads", 4096), "threads", "processors");
    expectInvalid(body("replications", 10, "target", -1), "target", "negative");
  }

  @Test
  void aBadScenarioIsRefusedWithItsLineAndField() throws Exception {
    expectInvalid(
        body(
            "replications",
            10,
            "scenario",
            "name: x\nchanges:\n  - reliability: { line: L9, mttrHours: 0.5 }\n"),
        "scenario",
        "scenario line 3, changes[0].reliability.line: unknown line 'L9'");
    expectInvalid(
        body("replications", 10, "scenario", "name: x\nchanges:\n  - explode: { line: L1 }\n"),
        "scenario",
        "scenario line 3, changes[0]");
    expectInvalid(
        body("replications", 10, "scenario", "name: [unclosed\nchanges: []\n"),
        "scenario",
        "bad YAML");
  }

  void expectInvalid(Map<String, Object> request, String field, String detail) throws Exception {
    simulate("planner1", "PLANNER", request)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail").value(containsString(detail)));
  }

  @Test
  void aSecondRunWhileOneRunsIsRefusedWithConflict() throws Exception {
    runs.permits().acquire();
    try {
      simulate("planner1", "PLANNER", body("replications", 2, "threads", 1))
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.detail").value(containsString("another simulation is running")));
    } finally {
      runs.permits().release();
    }
    simulate("planner1", "PLANNER", body("replications", 2, "threads", 1))
        .andExpect(status().isOk());
  }

  @Test
  void thePageRunsASimulationAndShowsTheResult() throws Exception {
    mvc.perform(get("/twin").with(user("planner1").roles("PLANNER")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(allOf(containsString("id=\"twin-form\""), containsString("hx-post"))));
    mvc.perform(
            post("/twin/simulations")
                .with(user("planner1").roles("PLANNER"))
                .with(csrf())
                .param("replications", "3")
                .param("years", "1")
                .param("seed", "5"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"twin-histogram\""),
                        containsString("data-report="),
                        containsString("<td>L4</td>"),
                        containsString("Bottlenecks"))));
    mvc.perform(
            post("/twin/simulations")
                .with(user("planner1").roles("PLANNER"))
                .with(csrf())
                .param("replications", "many"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("data-field=\"replications\""),
                        containsString("must be a whole number"))));
    mvc.perform(get("/twin").with(user("aud1").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"twin-form\""))));
  }
}
