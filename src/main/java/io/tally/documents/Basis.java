package io.tally.documents;

import io.tally.ledger.Checkpoints;
import org.jspecify.annotations.Nullable;

/**
 * What a document rests on: the ledger entry that recorded its subject last, that entry's hash, and
 * the signed checkpoint (tree size and base64 root) that covers it, null when none is signed yet.
 */
record Basis(long seq, String hash, Checkpoints.@Nullable Published checkpoint) {
  long treeSize() {
    return checkpoint == null ? 0 : checkpoint.treeSize();
  }

  String root() {
    return checkpoint == null ? "" : checkpoint.rootHash();
  }
}
