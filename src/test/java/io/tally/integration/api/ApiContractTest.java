package io.tally.integration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.tally.support.Postgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document is a contract a client can be generated from: every operation has a
 * stable id, a summary, its module's tag, its roles, HTTP Basic security and the RFC 9457 problems
 * it can answer; and Redocly's recommended rules find no error (run where `redocly` is installed:
 * .ci/run installs it from npm into .ci/tools; in CI a missing one fails).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiContractTest {
  private static final Path REDOCLY = Path.of(".ci/tools/node_modules/.bin/redocly");

  @Autowired MockMvc mvc;

  private String document() throws Exception {
    return mvc.perform(get("/v3/api-docs").with(user("a").roles("AUDITOR")))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void everyOperationSaysWhoMayCallItAndHowItRefuses() throws Exception {
    JsonNode doc = new JsonMapper().readTree(document());
    assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asString())
        .isEqualTo("basic");
    assertThat(doc.at("/security/0").has("basicAuth")).isTrue();
    assertThat(doc.at("/info/license/name").asString()).isNotBlank();
    assertThat(doc.at("/servers/0/url").asString()).isEqualTo("/");
    assertThat(doc.at("/components/schemas/Problem/properties").has("field")).isTrue();
    Set<String> ids = new HashSet<>();
    Set<String> unwritten = new java.util.TreeSet<>();
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        operations++;
        JsonNode o = op.getValue();
        String at = op.getKey() + " " + path.getKey();
        assertThat(ids.add(o.get("operationId").asString())).as(at + " id unique").isTrue();
        assertThat(o.get("summary").asString()).as(at).isNotBlank();
        unwritten.add(
            OperationTexts.summary(o.get("operationId").asString()) == null
                ? o.get("operationId").asString()
                : "");
        assertThat(o.get("description").asString())
            .as(at)
            .containsAnyOf("Roles: ", "Any signed-in");
        assertThat(o.get("tags").size()).as(at).isEqualTo(1);
        JsonNode responses = o.get("responses");
        assertThat(responses.has("401") && responses.has("403")).as(at).isTrue();
        assertThat(responses.at("/403/content/application~1problem+json/schema/$ref").asString())
            .as(at)
            .isEqualTo("#/components/schemas/Problem");
        if (!op.getKey().equals("get")) {
          assertThat(responses.has("409") && responses.has("422")).as(at).isTrue();
        }
        if (path.getKey().contains("{")) {
          assertThat(responses.has("404")).as(at).isTrue();
        }
      }
    }
    assertThat(operations).isGreaterThan(100);
    unwritten.remove("");
    assertThat(unwritten)
        .as("operations without a written summary in " + OperationTexts.FILE)
        .isEmpty();
    for (String flow :
        java.util.List.of(
            "/~1api~1execution~1runs~1{run}~1counts/post",
            "/~1api~1quality~1lots~1{lot}~1inspections/post",
            "/~1api~1shipments/post",
            "/~1api~1trace~1{lot}/get")) {
      assertThat(doc.at("/paths" + flow + "/responses").toString())
          .as(flow + " has a 2xx example")
          .contains("\"example\"");
    }
    assertThat(doc.at("/paths/~1api~1execution~1runs~1{run}~1counts/post/summary").asString())
        .isEqualTo("Report good and scrap counts of a run");
    JsonNode end = doc.at("/paths/~1api~1execution~1runs~1{run}~1end/post");
    assertThat(end.get("operationId").asString()).isEqualTo("postExecutionRunsRunEnd");
    assertThat(end.get("tags").get(0).asString()).isEqualTo("execution");
    assertThat(end.get("description").asString()).contains("OPERATOR");
  }

  @Test
  void redoclyRecommendedRulesFindNoError() throws Exception {
    if (!Files.isExecutable(REDOCLY)) {
      String why = "redocly is not installed at " + REDOCLY + " (.ci/run installs it from npm)";
      if (Postgres.required()) {
        Assertions.fail(why);
      }
      Assumptions.abort(why);
    }
    Path file = Files.createTempFile("openapi", ".json");
    Files.writeString(file, document());
    Process lint =
        new ProcessBuilder(
                REDOCLY.toString(),
                "lint",
                file.toString(),
                "--format=summary",
                "--max-problems=500")
            .redirectErrorStream(true)
            .start();
    String out = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Files.deleteIfExists(file);
    assertThat(out).as(out).doesNotContainPattern("(?m)^error ").contains("valid");
    assertThat(lint.exitValue()).as(out).isZero();
  }
}
