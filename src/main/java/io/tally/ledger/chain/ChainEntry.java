package io.tally.ledger.chain;

import java.util.Objects;

/**
 * One entry of the ledger as the chain sees it. {@code payload} is canonical JSON (see {@link
 * CanonicalJson}); {@code corrects} names the entry a correction refers to, or is null.
 */
public record ChainEntry(
    long seq,
    long epochMillis,
    String actor,
    String type,
    Long corrects,
    String payload,
    String previousHash,
    String hash) {
  public ChainEntry {
    if (seq < 1) {
      throw new IllegalArgumentException("sequence starts at 1");
    }
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
  }

  /** The hash this entry should carry, given the one before it. */
  public String expectedHash(String previous) {
    return EntryHash.of(previous, this);
  }
}
