package io.tally.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality's decisions in the demo, through quality's HTTP API (its services are the module's own):
 * the inspector draws each plan's sample and records the results; a concession needs a second
 * inspector.
 */
final class DemoQuality {
  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json;
  private final String base;
  private final DemoUsers users;

  DemoQuality(JsonMapper json, int port, DemoUsers users) {
    this.json = json;
    this.base = "http://127.0.0.1:" + port + "/api/quality";
    this.users = users;
  }

  /** The lots closed and awaiting a decision, oldest first. */
  List<String> queue() {
    List<String> lots = new ArrayList<>();
    for (JsonNode n : call("GET", "/queue", null, DemoUsers.QUALITY)) {
      lots.add(n.get("lot").asString());
    }
    return lots;
  }

  /**
   * Inspects every class of the lot's plan: none defective, or, when {@code reject}, the first
   * class's rejection number of defects (the lot is then held). Returns the lot's status.
   */
  String inspect(String lot, boolean reject) {
    JsonNode plans = call("GET", "/lots/" + lot + "/plans", null, DemoUsers.QUALITY);
    StringBuilder body = new StringBuilder("{\"results\":[");
    boolean first = true;
    for (JsonNode p : plans.get("plans")) {
      if (p.get("n") == null || p.get("n").isNull()) {
        continue;
      }
      int n = p.get("n").asInt();
      int d = reject && first ? Math.min(n, p.get("re").asInt()) : 0;
      body.append(first ? "" : ",")
          .append("{\"class\":\"")
          .append(p.get("class").asString())
          .append("\",\"n\":")
          .append(n)
          .append(",\"d\":")
          .append(d)
          .append('}');
      first = false;
    }
    if (first) {
      return "UNPLANNED";
    }
    JsonNode lotView =
        call("POST", "/lots/" + lot + "/inspections", body + "]}", DemoUsers.QUALITY);
    return lotView.get("status").asString();
  }

  /** A held lot released by concession: asked by one inspector, approved by another. */
  String concession(String lot, String reason) {
    call(
        "POST",
        "/lots/" + lot + "/concession",
        "{\"reason\":\"" + reason + "\"}",
        DemoUsers.QUALITY);
    return call("POST", "/lots/" + lot + "/concession/approval", "{}", DemoUsers.QUALITY_2)
        .get("status")
        .asString();
  }

  private JsonNode call(String method, String path, String body, String role) {
    String auth = users.name(role) + ":" + users.password(role);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json");
    if (body == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json")
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " " + path + " answered " + r.statusCode() + ": " + r.body());
      }
      return json.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
