package io.tally.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class LineLifecycleApiTest {
  static final String ACT =
      """
      {"id":"ACT-L5","line":"L5","signedBy":"Commission","signedOn":"2027-03-01",
       "warrantyTerms":"12 months parts","warrantyMonths":12,
       "documentSha256":"%s"}"""
          .formatted("ab".repeat(32));

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder b) {
    return b.with(user("admin").roles("ADMIN")).contentType(MediaType.APPLICATION_JSON);
  }

  MockHttpServletRequestBuilder move(String line, String to) {
    return asAdmin(post("/api/lines/" + line + "/transitions"))
        .content("{\"to\":\"" + to + "\",\"reason\":\"test\"}");
  }

  long ledgerCount() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  @Test
  void aPlannedLineBecomesOperatingOnlyUnderAnAct() throws Exception {
    mvc.perform(move("L5", "installed"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("installed"));
    mvc.perform(move("L5", "commissioning")).andExpect(status().isOk());
    long before = ledgerCount();
    mvc.perform(move("L5", "accepted"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("to"))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no acceptance act")));
    org.assertj.core.api.Assertions.assertThat(ledgerCount()).isEqualTo(before);

    mvc.perform(asAdmin(post("/api/acceptance-acts")).content(ACT))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.warrantyEnds").value("2028-03-01"));
    mvc.perform(move("L5", "accepted")).andExpect(status().isOk());
    mvc.perform(move("L5", "operating"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.takesWork").value(true));
    mvc.perform(get("/api/plant/capacity").with(user("a").roles("AUDITOR")))
        .andExpect(jsonPath("$.designedNameplate").value(70000000));
  }

  @Test
  void anIllegalMoveIsRefusedNamingTheMovesOpen() throws Exception {
    mvc.perform(move("L1", "commissioning"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("to"))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("under-maintenance")));
    mvc.perform(move("L1", "flying"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("to"));
    mvc.perform(move("L9", "retired"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("line"));
  }

  @Test
  void theSameTransitionSentTwiceWithAKeyIsAppliedOnce() throws Exception {
    long before = ledgerCount();
    mvc.perform(move("L2", "under-maintenance").header("Idempotency-Key", "k-42"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("under-maintenance"));
    mvc.perform(move("L2", "under-maintenance").header("Idempotency-Key", "k-42"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("under-maintenance"));
    org.assertj.core.api.Assertions.assertThat(ledgerCount()).isEqualTo(before + 1);
    mvc.perform(move("L2", "operating").header("Idempotency-Key", "k-42"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    mvc.perform(move("L2", "operating")).andExpect(status().isOk());
  }

  @Test
  void badInputIsAProblemNamingTheField() throws Exception {
    mvc.perform(
            asAdmin(post("/api/acceptance-acts"))
                .content(
                    "{\"id\":\"A\",\"stage\":\"S2\",\"signedBy\":\"x\",\"signedOn\":\"2027-02-30\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("signedOn"));
    mvc.perform(asAdmin(post("/api/acceptance-acts")).content("{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            asAdmin(post("/api/authorisations"))
                .content(
                    "{\"id\":\"AUTH-1\",\"customer\":\"NAVY\",\"product\":\"762x39-BALL-SC\",\"quantity\":5,"
                        + "\"validFrom\":\"2027-01-01\",\"validTo\":\"2027-12-31\",\"documentRef\":\"C-1\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("customer"));
    mvc.perform(
            asAdmin(post("/api/authorisations"))
                .content(
                    "{\"id\":\"AUTH-1\",\"customer\":\"ARMY\",\"product\":\"762x39-BALL-SC\",\"quantity\":-5,"
                        + "\"validFrom\":\"2027-01-01\",\"validTo\":\"2027-12-31\",\"documentRef\":\"C-1\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("quantity"));
    mvc.perform(
            asAdmin(post("/api/users"))
                .content(
                    "{\"name\":\"bob\",\"roles\":[\"PILOT\"],\"password\":\"long-enough-pass\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("roles"));
  }

  @Test
  void anAuthorisationIsRecordedAndListed() throws Exception {
    mvc.perform(
            asAdmin(post("/api/authorisations"))
                .content(
                    "{\"id\":\"AUTH-ARMY-27\",\"customer\":\"ARMY\",\"product\":\"762x39-BALL-SC\",\"quantity\":5000000,"
                        + "\"validFrom\":\"2027-01-01\",\"validTo\":\"2027-12-31\",\"documentRef\":\"Contract 27/001\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.remaining").value(5000000));
    mvc.perform(get("/api/authorisations?customer=ARMY").with(user("w").roles("WAREHOUSE")))
        .andExpect(jsonPath("$[0].id").value("AUTH-ARMY-27"));
  }
}
