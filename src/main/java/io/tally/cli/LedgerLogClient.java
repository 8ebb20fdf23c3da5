package io.tally.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fetches a Tally server's newest checkpoint and consistency proofs over HTTP Basic. */
class LedgerLogClient {
  /** The newest checkpoint as served: its signed note and the key the server says signed it. */
  record Served(String note, String verifierKey) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final String base;
  private final String authorization;

  LedgerLogClient(String url, String user, String password) {
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Served checkpoint() throws IOException, InterruptedException {
    JsonNode body = get("/api/ledger/checkpoint");
    return new Served(body.get("note").asString(), body.get("verifierKey").asString());
  }

  List<byte[]> consistency(long from, long to) throws IOException, InterruptedException {
    JsonNode body = get("/api/ledger/consistency?from=" + from + "&to=" + to);
    List<byte[]> proof = new ArrayList<>();
    body.get("proof").forEach(h -> proof.add(Base64.getDecoder().decode(h.asString())));
    return proof;
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new UserInputException(
          "GET " + base + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }
}
