package io.tally.integration.outbox;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Publishes to NATS JetStream, one subject per event type under the destination's prefix, into a
 * file-backed stream Tally creates when it is missing. Each message carries its CloudEvents id as
 * {@code Nats-Msg-Id}, so the stream drops a resend within its duplicate window.
 */
final class NatsBroker implements Broker {
  private static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);
  private static final long WAIT_SECONDS = 10;
  private final OutboxProperties.Destination destination;
  private final String subject;
  private final Connection connection;
  private final JetStream jetStream;

  NatsBroker(OutboxProperties.Destination destination, String site) throws Exception {
    this.destination = destination;
    this.subject = destination.topicFor(site);
    Options.Builder options =
        new Options.Builder()
            .server(destination.url().toString())
            .connectionTimeout(Duration.ofSeconds(5))
            .maxReconnects(0)
            .noRandomize();
    if (destination.username() != null) {
      String password = Secrets.of(destination.passwordEnv());
      options.userInfo(destination.username(), password == null ? "" : password);
    }
    this.connection = Nats.connect(options.build());
    ensureStream(connection.jetStreamManagement(), destination.streamName());
    this.jetStream = connection.jetStream();
  }

  private void ensureStream(JetStreamManagement jsm, String stream) throws Exception {
    try {
      jsm.getStreamInfo(stream);
    } catch (JetStreamApiException missing) {
      if (missing.getErrorCode() != 404) {
        throw missing;
      }
      jsm.addStream(
          StreamConfiguration.builder()
              .name(stream)
              .subjects(subject + ".>")
              .storageType(StorageType.File)
              .duplicateWindow(DUPLICATE_WINDOW)
              .build());
    }
  }

  @Override
  public void publish(List<OutboundEvent> events) throws Exception {
    List<CompletableFuture<PublishAck>> acks = new ArrayList<>(events.size());
    for (OutboundEvent e : events) {
      acks.add(
          jetStream.publishAsync(
              subject + "." + e.type(),
              e.body(),
              PublishOptions.builder().messageId(e.id()).build()));
    }
    for (CompletableFuture<PublishAck> ack : acks) {
      PublishAck a = ack.get(WAIT_SECONDS, TimeUnit.SECONDS);
      if (a.hasError()) {
        throw new IllegalStateException("JetStream refused a message: " + a.getError());
      }
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "NATS " + destination.name();
  }
}
