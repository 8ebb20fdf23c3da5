/**
 * Integration: how Tally tells other systems what happened. The outbox publishes every ledger
 * entry, in ledger order, as a CloudEvents 1.0 message to the plant's brokers (MQTT, NATS
 * JetStream) or to a signed webhook, at least once, resuming from the last sequence a destination
 * acknowledged.
 */
@NullMarked
package io.tally.integration;

import org.jspecify.annotations.NullMarked;
