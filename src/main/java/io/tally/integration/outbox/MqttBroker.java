package io.tally.integration.outbox;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Publishes to an MQTT broker at QoS 1, one topic per event type under the destination's prefix.
 * Delivery state is the relay's cursor, not the client's: the client keeps nothing on disk.
 */
final class MqttBroker implements Broker {
  private static final long WAIT_MILLIS = 10_000;
  private final OutboxProperties.Destination destination;
  private final String topic;
  private final MqttAsyncClient client;

  MqttBroker(OutboxProperties.Destination destination, String site) throws MqttException {
    this.destination = destination;
    this.topic = destination.topicFor(site);
    this.client =
        new MqttAsyncClient(
            destination.url().toString(),
            "tally-outbox-" + site + "-" + destination.name(),
            new MemoryPersistence());
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(true);
    options.setAutomaticReconnect(false);
    options.setConnectionTimeout(5);
    options.setKeepAliveInterval(30);
    options.setMaxInflight(1000);
    if (destination.username() != null) {
      options.setUserName(destination.username());
      String password = Secrets.of(destination.passwordEnv());
      if (password != null) {
        options.setPassword(password.toCharArray());
      }
    }
    client.connect(options).waitForCompletion(WAIT_MILLIS);
  }

  @Override
  public void publish(List<OutboundEvent> events) throws MqttException {
    List<IMqttDeliveryToken> tokens = new ArrayList<>(events.size());
    for (OutboundEvent e : events) {
      tokens.add(client.publish(topic + "/" + e.type(), e.body(), 1, false));
    }
    for (IMqttDeliveryToken t : tokens) {
      t.waitForCompletion(WAIT_MILLIS);
      if (!t.isComplete() || t.getException() != null) {
        throw new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT);
      }
    }
  }

  @Override
  public void close() {
    try {
      if (client.isConnected()) {
        client.disconnect(1000).waitForCompletion(2000);
      }
    } catch (MqttException ignored) {
      // Closing a broken connection: nothing to keep.
    }
    try {
      client.close(true);
    } catch (MqttException ignored) {
      // As above.
    }
  }

  @Override
  public String toString() {
    return "MQTT " + destination.name();
  }
}
