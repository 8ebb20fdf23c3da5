package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunView;
import io.tally.plant.model.LineId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The line page's forms: the API's commands, applied once per form, for operators only. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LinePagesTest {
  @Autowired MockMvc mvc;
  @Autowired ExecutionQueries queries;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void aFormSentTwiceIsAppliedOnceAndOnlyOperatorsGetTheForms() throws Exception {
    mvc.perform(
            asOperator(post("/lines/L2/runs"))
                .param("product", "762x39-BALL-SC")
                .param("key", "p1"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("done", org.hamcrest.Matchers.startsWith("Run ")));
    RunView run = queries.openRun(new LineId("L2")).orElseThrow();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              asOperator(post("/lines/L2/counts"))
                  .param("run", run.run())
                  .param("good", "500")
                  .param("scrap", "5")
                  .param("key", "p2"))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(queries.run(run.run()).orElseThrow().good()).isEqualTo(500);

    mvc.perform(
            asOperator(post("/lines/L2/counts"))
                .param("run", run.run())
                .param("good", "-3")
                .param("key", "p3"))
        .andExpect(flash().attribute("errorForm", "count"))
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("good")));
    mvc.perform(
            post("/lines/L2/counts")
                .with(user("planner").roles("PLANNER"))
                .with(csrf())
                .param("run", run.run())
                .param("good", "1"))
        .andExpect(status().isForbidden());

    String operatorPage =
        mvc.perform(get("/lines/L2").with(user("op").roles("OPERATOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(operatorPage).contains("id=\"report-count\"").contains(run.run());
    String auditorPage =
        mvc.perform(get("/lines/L2").with(user("au").roles("AUDITOR")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(auditorPage).doesNotContain("id=\"report-count\"").contains("Read only");

    mvc.perform(asOperator(post("/lines/L2/runs/end")).param("run", run.run()).param("key", "p4"))
        .andExpect(status().is3xxRedirection());
    assertThat(queries.openRun(new LineId("L2"))).isEmpty();
  }

  @Test
  void aFormFieldWithAScriptIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
    long before = ledger();
    mvc.perform(
            asOperator(post("/lines/L3/stops"))
                .param("reason", "<script>alert(1)</script>")
                .param("key", "x1"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("errorForm", "stop"))
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.startsWith("reason ")));
    mvc.perform(
            post("/shipments")
                .with(user("wh.page").roles("WAREHOUSE"))
                .with(csrf())
                .param("id", "<script>alert(1)</script>")
                .param("customer", "ARMY")
                .param("authorisation", "A-1")
                .param("lines", "RCP27C001-004 2500 FG")
                .param("key", "x2"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                .attribute("errorField", "id"));
    assertThat(ledger()).isEqualTo(before);
  }

  @Test
  void aHandMadeFormWithAMalformedKeyIsRefusedNamingTheKeyAndWritesNothing() throws Exception {
    long before = ledger();
    mvc.perform(
            asOperator(post("/lines/L3/stops"))
                .param("reason", "JAM")
                .param("key", "k".repeat(200)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.startsWith("Refused: key: ")));
    assertThat(ledger()).isEqualTo(before);
  }

  private long ledger() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  private static MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder b) {
    return b.with(user("op.page").roles("OPERATOR")).with(csrf());
  }
}
