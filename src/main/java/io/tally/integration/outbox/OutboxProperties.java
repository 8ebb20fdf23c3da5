package io.tally.integration.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the outbox publishes (docs/outbox.md). No destination, no relay. Secrets never sit in the
 * configuration: a destination names the environment variable that holds its password or webhook
 * key.
 *
 * @param enabled false keeps the relay from running in this process (the CLI's one-off commands)
 * @param destinations the brokers and webhooks, each with its own cursor
 * @param poll how long the relay waits when it has caught up with the ledger
 */
@ConfigurationProperties("tally.outbox")
public record OutboxProperties(
    @Nullable Boolean enabled, @Nullable List<Destination> destinations, @Nullable Duration poll) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

  public OutboxProperties {
    enabled = enabled == null || enabled;
    destinations = destinations == null ? List.of() : List.copyOf(destinations);
    poll = poll == null ? Duration.ofMillis(50) : poll;
    for (int i = 0; i < destinations.size(); i++) {
      destinations.get(i).check("tally.outbox.destinations[" + i + "]");
    }
    if (destinations.stream().map(Destination::name).distinct().count() < destinations.size()) {
      throw new IllegalArgumentException("tally.outbox.destinations: two have the same name");
    }
  }

  /** The relay runs in this process. */
  public boolean runs() {
    return Boolean.TRUE.equals(enabled) && !destinations().isEmpty();
  }

  @Override
  public List<Destination> destinations() {
    return destinations == null ? List.of() : destinations;
  }

  /** A kind of destination. */
  public enum Kind {
    MQTT,
    NATS,
    WEBHOOK
  }

  /**
   * One destination.
   *
   * @param name its name, the key of its cursor (lower-case letters, digits, '-')
   * @param kind MQTT, NATS (JetStream) or WEBHOOK
   * @param url tcp://host:1883 (MQTT), nats://host:4222 (NATS), https://... (WEBHOOK)
   * @param topic MQTT topic or NATS subject prefix, {site} replaced by the site id; the event type
   *     is appended; default tally/{site}/events (MQTT) and tally.{site}.events (NATS)
   * @param stream the JetStream stream Tally creates if missing (NATS; default TALLY)
   * @param types the event types sent; all when empty (the cursor moves past the others)
   * @param username MQTT or NATS user, if the broker wants one
   * @param passwordEnv the environment variable holding that user's password
   * @param secretEnv the environment variable holding the webhook's HMAC-SHA256 key (required for
   *     WEBHOOK)
   * @param batch at most this many entries a round (default 500)
   */
  public record Destination(
      String name,
      Kind kind,
      URI url,
      @Nullable String topic,
      @Nullable String stream,
      @Nullable Set<String> types,
      @Nullable String username,
      @Nullable String passwordEnv,
      @Nullable String secretEnv,
      @Nullable Integer batch) {

    void check(String at) {
      if (name == null || !NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            at + ".name: 1-32 lower-case letters, digits or '-', got '" + name + "'");
      }
      if (kind == null) {
        throw new IllegalArgumentException(at + ".kind: MQTT, NATS or WEBHOOK");
      }
      if (url == null || url.getScheme() == null) {
        throw new IllegalArgumentException(at + ".url is required");
      }
      String scheme = url.getScheme().toLowerCase(Locale.ROOT);
      Set<String> allowed =
          switch (kind) {
            case MQTT -> Set.of("tcp", "ssl");
            case NATS -> Set.of("nats", "tls");
            case WEBHOOK -> Set.of("http", "https");
          };
      if (!allowed.contains(scheme)) {
        throw new IllegalArgumentException(at + ".url: a " + kind + " url is " + allowed);
      }
      if (types != null) {
        for (String t : types) {
          if (!TYPE.matcher(t).matches()) {
            throw new IllegalArgumentException(at + ".types: '" + t + "' is not an event type");
          }
        }
      }
      if (batch != null && (batch < 1 || batch > 5000)) {
        throw new IllegalArgumentException(at + ".batch: 1 to 5000");
      }
      if (kind == Kind.WEBHOOK && (secretEnv == null || secretEnv.isBlank())) {
        throw new IllegalArgumentException(
            at + ".secret-env: a webhook names the environment variable of its HMAC key");
      }
    }

    boolean accepts(String type) {
      return types == null || types.isEmpty() || types.contains(type);
    }

    int batchSize() {
      return batch == null ? 500 : batch;
    }

    String topicFor(String site) {
      String prefix =
          topic != null && !topic.isBlank()
              ? topic
              : kind == Kind.NATS ? "tally.{site}.events" : "tally/{site}/events";
      return prefix.replace("{site}", site);
    }

    String streamName() {
      return stream == null || stream.isBlank() ? "TALLY" : stream;
    }
  }
}
