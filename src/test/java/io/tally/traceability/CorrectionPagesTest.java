package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The corrections page: its forms (CSRF token, idempotency key) run the same commands as the API
 * and record their events; a refusal is shown by its form naming the field; a second person
 * approves from the page.
 */
class CorrectionPagesTest extends TraceabilityApiSupport {

  ResultActions form(String name, String role, String path, String... fields) throws Exception {
    var request = post(path).with(user(name).roles(role)).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request = request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request);
  }

  long count(String type) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = ?")
        .param(type)
        .query(Long.class)
        .single();
  }

  long consumedInto(String cl, long quantity) throws Exception {
    receiveReleased(cl, "BULLET-762-SC", quantity, "STORES");
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/issues",
            """
            {"componentLot":"%s","quantity":%d,"from":"STORES","line":"L1"}"""
                .formatted(cl, quantity))
        .andExpect(status().isCreated());
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 5_000, 0);
    String body =
        postAs(
                "op-carl",
                "OPERATOR",
                "/api/component-lots/consumptions",
                """
                {"componentLot":"%s","lot":"%s","quantity":%d}"""
                    .formatted(cl, lot, quantity))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.ledgerSeq")).longValue();
  }

  @Test
  void thePageShowsEachFormToTheRolesAllowedWithAKeyAndACsrfToken() throws Exception {
    String warehouse =
        mvc.perform(get("/corrections").with(user("wh-bob").roles("WAREHOUSE")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(warehouse)
        .contains("id=\"correct-move\"", "id=\"correct-consumption\"", "name=\"_csrf\"")
        .contains("name=\"key\"")
        .doesNotContain("id=\"correct-count\"", "id=\"late-count\"", "<script>");
    String operator =
        mvc.perform(get("/corrections").with(user("op-carl").roles("OPERATOR")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(operator)
        .contains("id=\"correct-count\"", "id=\"late-count\"", "id=\"late-stop\"")
        .doesNotContain("id=\"correct-move\"");
  }

  @Test
  void aConsumptionCorrectedFromThePageAndApprovedByASecondPersonThere() throws Exception {
    long seq = consumedInto("PG-CL-1", 3_000);
    long before = count("ConsumptionCorrected");
    mvc.perform(
            post("/corrections/consumptions")
                .with(user("op-carl").roles("OPERATOR"))
                .param("corrects", Long.toString(seq))
                .param("quantity", "10")
                .param("reason", "no token"))
        .andExpect(status().isForbidden());
    form(
            "op-carl",
            "OPERATOR",
            "/corrections/consumptions",
            "key",
            "pg-1",
            "corrects",
            Long.toString(seq),
            "void",
            "true",
            "reason",
            "booked against the wrong lot")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("awaits a second person")));
    // The same form sent twice (same key) takes effect once.
    form(
            "op-carl",
            "OPERATOR",
            "/corrections/consumptions",
            "key",
            "pg-1",
            "corrects",
            Long.toString(seq),
            "void",
            "true",
            "reason",
            "booked against the wrong lot")
        .andExpect(status().isOk());
    assertThat(count("ConsumptionCorrected")).isEqualTo(before + 1);
    long correction =
        jdbc.sql("SELECT MAX(seq) FROM ledger_entry WHERE type = 'ConsumptionCorrected'")
            .query(Long.class)
            .single();
    form("op-carl", "QUALITY", "/corrections/stock/" + correction + "/approval", "key", "pg-2")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("a second person")));
    form("qe-anna", "QUALITY", "/corrections/stock/" + correction + "/approval", "key", "pg-3")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("approved by qe-anna")));
    assertThat(count("ConsumptionCorrectionApproved")).isPositive();
    assertThat(
            jdbc.sql("SELECT quantity FROM consumption WHERE seq = ?")
                .param(seq)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aMoveAndACountAreCorrectedFromThePage() throws Exception {
    String lot = releasedLotInStore();
    move(lot, 40, "FG", "DISPATCH");
    long moved =
        jdbc.sql("SELECT MAX(seq) FROM ledger_entry WHERE type = 'StockMoved'")
            .query(Long.class)
            .single();
    form(
            "wh-bob",
            "WAREHOUSE",
            "/corrections/moves",
            "corrects",
            Long.toString(moved),
            "void",
            "true",
            "reason",
            "never left FG")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Move correction")));
    assertThat(
            jdbc.sql(
                    "SELECT corrects FROM ledger_entry WHERE type = 'MoveCorrected' ORDER BY seq DESC")
                .query(Long.class)
                .list()
                .get(0))
        .isEqualTo(moved);

    String open = plant.produceLot(ProductionFixture.BALL, "L2", 1_000, 0);
    long report =
        jdbc.sql("SELECT MAX(seq) FROM ledger_entry WHERE type = 'CountReported'")
            .query(Long.class)
            .single();
    long before = count("CountCorrected");
    form(
            "qe-anna",
            "QUALITY",
            "/corrections/counts",
            "corrects",
            Long.toString(report),
            "good",
            "1.5",
            "scrap",
            "0",
            "reason",
            "typo")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("<b>good</b>")));
    form(
            "qe-anna",
            "QUALITY",
            "/corrections/counts",
            "corrects",
            Long.toString(report),
            "good",
            "450",
            "scrap",
            "0",
            "reason",
            "typo on the terminal")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Count correction")));
    assertThat(count("CountCorrected")).isEqualTo(before + 1);
    assertThat(open).isNotBlank();

    form(
            "op-carl",
            "OPERATOR",
            "/corrections/late-counts",
            "run",
            "RUN-NONE",
            "good",
            "10",
            "scrap",
            "0",
            "occurredAt",
            "2027-01-01T06:00")
        .andExpect(status().is4xxClientError())
        .andExpect(content().string(Matchers.containsString("id=\"late-count\"")));
    form("op-carl", "OPERATOR", "/corrections/stops", "reason", "no entry named")
        .andExpect(status().is4xxClientError())
        .andExpect(content().string(Matchers.containsString("form-error")));
  }
}
