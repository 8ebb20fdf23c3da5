package io.tally.integration.outbox;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts each round's events as one CloudEvents batch ({@code application/cloudevents-batch+json}, a
 * JSON array in ledger order), signed with HMAC-SHA256 of the body in {@code X-Tally-Signature:
 * sha256=<hex>}; any 2xx answer acknowledges the batch.
 */
final class WebhookBroker implements Broker {
  static final String SIGNATURE = "X-Tally-Signature";
  private final OutboxProperties.Destination destination;
  private final HttpClient http;
  private final byte[] key;

  WebhookBroker(OutboxProperties.Destination destination) {
    this.destination = destination;
    String secret = Secrets.of(destination.secretEnv());
    if (secret == null) {
      throw new IllegalStateException("a webhook needs its HMAC key");
    }
    this.key = secret.getBytes(StandardCharsets.UTF_8);
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  static String sign(byte[] key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  @Override
  public void publish(List<OutboundEvent> events) throws Exception {
    if (events.isEmpty()) {
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('[');
    for (int i = 0; i < events.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(events.get(i).body());
    }
    out.write(']');
    byte[] body = out.toByteArray();
    HttpRequest request =
        HttpRequest.newBuilder(destination.url())
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/cloudevents-batch+json")
            .header(SIGNATURE, sign(key, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException("webhook answered " + answer.statusCode());
    }
  }

  @Override
  public void close() {
    // HttpClient has nothing to release before Java 21.
  }

  @Override
  public String toString() {
    return "webhook " + destination.name();
  }
}
