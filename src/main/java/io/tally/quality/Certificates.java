package io.tally.quality;

import io.tally.ledger.Checkpoints;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerVerification;
import io.tally.ledger.chain.MerkleTree;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The proof behind a release certificate: the Merkle tree over every ledger entry's hash, up to the
 * newest, and the audit path of the entry that released the lot. It reads the whole ledger, which
 * is fine for one plant's years of entries; a stored tree is the step after.
 */
@Service
class Certificates {
  private static final HexFormat HEX = HexFormat.of();
  private final LedgerEntries entries;
  private final LedgerVerification ledger;

  Certificates(LedgerEntries entries, LedgerVerification ledger) {
    this.entries = entries;
    this.ledger = ledger;
  }

  /** The signed checkpoint printed on the certificate: it covers at least the proof's tree. */
  Checkpoints.Published checkpoint(long treeSize) {
    return ledger.checkpointCovering(treeSize).orElse(null);
  }

  InclusionProof proof(long releasedSeq) {
    List<byte[]> leaves = new ArrayList<>();
    entries.forEach(e -> leaves.add(HEX.parseHex(e.hash())));
    MerkleTree tree = MerkleTree.ofLeaves(leaves);
    int n = tree.size();
    int m = Math.toIntExact(releasedSeq - 1);
    List<String> path = tree.inclusionProof(m, n).stream().map(HEX::formatHex).toList();
    return new InclusionProof(n, m, HEX.formatHex(tree.root(n)), path);
  }
}
