package io.tally.integration.outbox;

import java.util.List;

/**
 * A connection to one destination. {@link #publish} returns only when the destination has
 * acknowledged every event given (MQTT PUBACK, JetStream publish ack, a webhook's 2xx), in order;
 * it throws when any was not, and the relay sends them again from its cursor.
 */
interface Broker extends AutoCloseable {
  void publish(List<OutboundEvent> events) throws Exception;

  @Override
  void close();
}
