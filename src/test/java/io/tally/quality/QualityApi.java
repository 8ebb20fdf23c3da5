package io.tally.quality;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls of the quality API as named users, for the integration tests. */
final class QualityApi {
  static final String BALL = "762x39-BALL-SC";
  private final MockMvc mvc;
  private final JdbcClient jdbc;

  QualityApi(MockMvc mvc, JdbcClient jdbc) {
    this.mvc = mvc;
    this.jdbc = jdbc;
  }

  ResultActions get(String path, String userName, String role) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(path).with(user(userName).roles(role)));
  }

  ResultActions plans(String lot) throws Exception {
    return get("/api/quality/lots/" + lot + "/plans", "qa1", "QUALITY");
  }

  ResultActions post(String path, String userName, String role, String body) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post(path)
            .with(user(userName).roles(role))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** Records results as {@code qa1}: each triple is class, n, d. */
  ResultActions inspect(String lot, Object... classNd) throws Exception {
    StringBuilder json = new StringBuilder("{\"results\":[");
    for (int i = 0; i < classNd.length; i += 3) {
      json.append(i == 0 ? "" : ",")
          .append("{\"class\":\"")
          .append(classNd[i])
          .append("\",\"n\":")
          .append(classNd[i + 1])
          .append(",\"d\":")
          .append(classNd[i + 2])
          .append('}');
    }
    return post("/api/quality/lots/" + lot + "/inspections", "qa1", "QUALITY", json + "]}");
  }

  long ledgerCount() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  /** The types of the entries naming this lot, in ledger order. */
  java.util.List<String> typesFor(String lot) {
    return jdbc.sql("SELECT type FROM ledger_entry WHERE payload LIKE ? ORDER BY seq")
        .param("%\"lot\":\"" + lot + "\"%")
        .query(String.class)
        .list();
  }

  String payloadOf(String lot, String type) {
    return jdbc.sql(
            "SELECT payload FROM ledger_entry WHERE type = ? AND payload LIKE ? ORDER BY seq DESC"
                + " LIMIT 1")
        .params(type, "%\"lot\":\"" + lot + "\"%")
        .query(String.class)
        .single();
  }
}
