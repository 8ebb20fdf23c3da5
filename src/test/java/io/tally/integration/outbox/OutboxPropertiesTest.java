package io.tally.integration.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.integration.outbox.OutboxProperties.Destination;
import io.tally.integration.outbox.OutboxProperties.Kind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxPropertiesTest {

  private static Destination d(
      String name, Kind kind, String url, Set<String> types, String secret) {
    return new Destination(
        name, kind, URI.create(url), null, null, types, null, null, secret, null);
  }

  @Test
  void noDestinationNoRelayAndTheCliCanTurnItOff() {
    assertThat(new OutboxProperties(null, null, null).runs()).isFalse();
    Destination mqtt = d("plant", Kind.MQTT, "tcp://127.0.0.1:1883", null, null);
    assertThat(new OutboxProperties(null, List.of(mqtt), null).runs()).isTrue();
    assertThat(new OutboxProperties(false, List.of(mqtt), null).runs()).isFalse();
  }

  @Test
  void topicsAndSubjectsNameTheSiteAndTheTypeFilterSelects() {
    Destination mqtt = d("plant", Kind.MQTT, "tcp://h:1883", Set.of("LotReleased"), null);
    Destination nats = d("bus", Kind.NATS, "nats://h:4222", null, null);
    assertThat(mqtt.topicFor("REF")).isEqualTo("tally/REF/events");
    assertThat(nats.topicFor("REF")).isEqualTo("tally.REF.events");
    assertThat(mqtt.accepts("LotReleased")).isTrue();
    assertThat(mqtt.accepts("CountReported")).isFalse();
    assertThat(nats.accepts("CountReported")).isTrue();
    assertThat(nats.streamName()).isEqualTo("TALLY");
    assertThat(mqtt.batchSize()).isEqualTo(500);
  }

  @Test
  void badDestinationsAreRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                new OutboxProperties(
                    null, List.of(d("Bad Name", Kind.MQTT, "tcp://h:1", null, null)), null))
        .hasMessageContaining("destinations[0].name");
    assertThatThrownBy(
            () ->
                new OutboxProperties(
                    null, List.of(d("a", Kind.MQTT, "http://h:1", null, null)), null))
        .hasMessageContaining("destinations[0].url");
    assertThatThrownBy(
            () ->
                new OutboxProperties(
                    null, List.of(d("a", Kind.WEBHOOK, "https://erp/x", null, null)), null))
        .hasMessageContaining("secret-env");
    assertThatThrownBy(
            () ->
                new OutboxProperties(
                    null, List.of(d("a", Kind.NATS, "nats://h:1", Set.of("count.>"), null)), null))
        .hasMessageContaining("types");
    Destination one = d("a", Kind.NATS, "nats://h:1", null, null);
    assertThatThrownBy(() -> new OutboxProperties(null, List.of(one, one), null))
        .hasMessageContaining("same name");
  }

  @Test
  void aWebhookSignatureIsTheHmacOfTheBody() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    assertThat(
            WebhookBroker.sign(
                "Jefe".getBytes(StandardCharsets.UTF_8),
                "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
