package io.tally.ledger;

import io.tally.ledger.chain.NodeKeyRegistrations;

/**
 * A Tally node's head-signing key, registered in the ledger so that heads it signs verify on every
 * node: its key id (SHA-256 of the encoded key), the raw 32-byte Ed25519 public key in base64, and
 * the node's name (for people; verification goes by the key).
 */
@EventType(NodeKeyRegistrations.TYPE)
public record NodeKeyRegistered(String keyId, String publicKey, String node) implements Event {}
