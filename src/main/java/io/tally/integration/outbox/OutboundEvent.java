package io.tally.integration.outbox;

import java.time.Instant;

/**
 * A ledger entry as it leaves: its CloudEvents JSON and what a destination needs to route it.
 *
 * @param seq the entry's sequence
 * @param type the event type (the last token of the topic or subject)
 * @param id the CloudEvents id: the ledger's origin and the sequence
 * @param committed when the entry was appended, for the relay's lag
 * @param body the CloudEvents 1.0 JSON, structured mode, UTF-8
 */
record OutboundEvent(long seq, String type, String id, Instant committed, byte[] body) {}
