package io.tally.ledger;

import io.tally.ledger.chain.HeadSigner;
import io.tally.ledger.chain.NodeKeyRegistrations;
import java.security.PublicKey;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The node keys the ledger registers ({@link NodeKeyRegistered}), read from the entries themselves
 * (there is no table of them an insider could add a key to without rewriting the chain).
 */
@Component
class RegisteredKeys {
  private final JdbcClient jdbc;

  RegisteredKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every key the ledger registers, in the order registered. */
  List<PublicKey> all() {
    return jdbc
        .sql("SELECT payload FROM ledger_entry WHERE type = ? ORDER BY seq")
        .param(NodeKeyRegistrations.TYPE)
        .query(String.class)
        .list()
        .stream()
        .flatMap(p -> NodeKeyRegistrations.publicKeyOf(p).stream())
        .toList();
  }

  boolean contains(String keyId) {
    return all().stream().anyMatch(k -> HeadSigner.keyId(k).equals(keyId));
  }
}
