package io.tally.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change-control API: an ADMIN proposes a file (as YAML or in JSON), another ADMIN or QUALITY
 * user approves it; refusals are RFC 9457 problems naming the field, and write nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class PlantChangeApiTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private String reference() throws Exception {
    try (var in = getClass().getResourceAsStream("/plant/reference-plant.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private long ledgerCount() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  @Test
  void anAdminProposesAndAnotherPersonApproves() throws Exception {
    String text = reference().replaceFirst("maxQuantity: 100000", "maxQuantity: 80000");
    var proposed =
        mvc.perform(
                post("/api/plant/changes?file=lots.yaml")
                    .with(user("ada").roles("ADMIN"))
                    .with(csrf())
                    .contentType("text/yaml")
                    .content(text))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("PROPOSED"))
            .andExpect(jsonPath("$.proposedBy").value("ada"))
            .andExpect(jsonPath("$.differences[0].controlled").value(true))
            .andReturn();
    long id =
        JsonMapper.builder()
            .build()
            .readTree(proposed.getResponse().getContentAsString())
            .get("id")
            .asLong();

    long before = ledgerCount();
    mvc.perform(
            post("/api/plant/changes/" + id + "/approval")
                .with(user("ada").roles("ADMIN", "QUALITY"))
                .with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("approvedBy"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("four eyes")));
    assertThat(ledgerCount()).isEqualTo(before);

    mvc.perform(
            post("/api/plant/changes/" + id + "/approval")
                .with(user("quinn").roles("QUALITY"))
                .with(csrf())
                .contentType("application/json")
                .content("{\"effective\":\"2099-01-01\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.effective").value("2099-01-01"));

    mvc.perform(get("/api/plant/changes").with(user("aud").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].approvedBy").value("quinn"));
  }

  @Test
  void aBrokenFileIsRefusedNamingFileLineAndField() throws Exception {
    String broken = reference().replaceFirst("class: major, aql: 0.65", "class: major, aql: -1");
    long before = ledgerCount();
    mvc.perform(
            post("/api/plant/changes")
                .with(user("ada").roles("ADMIN"))
                .with(csrf())
                .contentType("application/json")
                .content(
                    JsonMapper.builder()
                        .build()
                        .writeValueAsString(
                            java.util.Map.of("file", "broken.yaml", "text", broken))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("text"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    org.hamcrest.Matchers.matchesPattern(
                        "(?s)broken\\.yaml:\\d+: products\\[0\\]\\.quality\\.classes\\[1\\]\\.aql:.*")));
    assertThat(ledgerCount()).isEqualTo(before);
  }
}
