package io.tally.ledger.chain;

import java.security.PublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys that may sign heads: those the verifier trusts from outside (its own node's) and those
 * the chain registers ({@code NodeKeyRegistered} entries, each carrying a node's Ed25519 public key
 * as base64 of its raw 32 bytes). Read from the entries as they stream past the verifier, so a key
 * is trusted only through entries whose hashes were checked.
 */
public final class NodeKeyRegistrations {
  /** The ledger type name of a node's key registration. */
  public static final String TYPE = "NodeKeyRegistered";

  private static final Pattern PUBLIC_KEY = Pattern.compile("\"publicKey\":\"([A-Za-z0-9+/=]+)\"");

  private final Map<String, PublicKey> byId = new HashMap<>();

  public NodeKeyRegistrations(List<PublicKey> trusted) {
    trusted.forEach(k -> byId.put(HeadSigner.keyId(k), k));
  }

  /** Learns the key an entry registers, if it is a registration. */
  public void learn(ChainEntry e) {
    publicKey(e).ifPresent(k -> byId.put(HeadSigner.keyId(k), k));
  }

  public Optional<PublicKey> find(String keyId) {
    return Optional.ofNullable(byId.get(keyId));
  }

  public List<PublicKey> all() {
    return List.copyOf(byId.values());
  }

  /** The key a registration entry carries; empty for any other entry or a malformed key. */
  public static Optional<PublicKey> publicKey(ChainEntry e) {
    if (!TYPE.equals(e.type())) {
      return Optional.empty();
    }
    return publicKeyOf(e.payload());
  }

  /** The key in a registration's canonical JSON payload. */
  public static Optional<PublicKey> publicKeyOf(String payloadJson) {
    Matcher m = PUBLIC_KEY.matcher(payloadJson);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Ed25519Keys.fromRaw(Base64.getDecoder().decode(m.group(1))));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
