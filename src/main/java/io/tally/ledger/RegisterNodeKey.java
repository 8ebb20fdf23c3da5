package io.tally.ledger;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;

/** Registers this node's head-signing key in the ledger; a key registered already is a conflict. */
@CommandName("ledger.node-key.register")
record RegisterNodeKey(String keyId, String publicKey, String node)
    implements Command<NodeKeyRegistered> {
  @Override
  public Class<NodeKeyRegistered> answerType() {
    return NodeKeyRegistered.class;
  }
}
