package io.tally.quality;

import java.util.List;

/**
 * An RFC 6962 inclusion proof that the ledger entry at {@code leafIndex} (its sequence less one) is
 * in the Merkle tree of the first {@code treeSize} entries, whose leaves are the entries' hashes.
 */
record InclusionProof(long treeSize, long leafIndex, String root, List<String> auditPath) {}
