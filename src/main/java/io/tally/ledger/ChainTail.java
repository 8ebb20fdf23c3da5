package io.tally.ledger;

import io.tally.ledger.chain.ChainVerifier;
import io.tally.ledger.chain.EntryHash;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What must hold before Tally signs anything: the ledger still reaches and agrees with the newest
 * checkpoints (the file's and the database's), and the chain from there to the head verifies. A
 * signature on a cut or rewritten ledger would launder the change; this refuses it instead.
 */
@Component
class ChainTail {
  private final Checkpoints checkpoints;
  private final LedgerTree tree;
  private final LedgerEntries entries;

  ChainTail(Checkpoints checkpoints, LedgerTree tree, LedgerEntries entries) {
    this.checkpoints = checkpoints;
    this.tree = tree;
    this.entries = entries;
  }

  /** Why the head must not be signed, or empty when it may. */
  Optional<String> problem(Ledger.Head head) {
    List<ChainVerifier.Expected> known;
    try {
      known = checkpoints.known();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    long from = 0;
    for (ChainVerifier.Expected e : known) {
      long size = e.checkpoint().size();
      Optional<byte[]> root = tree.root(size);
      if (head.seq() < size || root.isEmpty()) {
        return Optional.of(
            "the ledger has " + head.seq() + " entries, fewer than checkpoint " + e.source());
      }
      if (!Arrays.equals(root.get(), e.checkpoint().root())) {
        return Optional.of(
            "the first " + size + " entries no longer give the root of checkpoint " + e.source());
      }
      from = Math.max(from, size);
    }
    return chainFrom(from, head);
  }

  private Optional<String> chainFrom(long from, Ledger.Head head) {
    String previous =
        from == 0 ? EntryHash.GENESIS : entries.find(from).map(LedgerEntry::hash).orElse("");
    long seq = from + 1;
    Iterator<LedgerEntry> it = entries.from(seq);
    while (seq <= head.seq()) {
      if (!it.hasNext()) {
        return Optional.of("entry " + seq + " is missing");
      }
      LedgerEntry e = it.next();
      if (e.seq() != seq
          || !previous.equals(e.previousHash())
          || !e.toChain().expectedHash(previous).equals(e.hash())) {
        return Optional.of("entry " + seq + " does not follow from the one before it");
      }
      previous = e.hash();
      seq++;
    }
    return previous.equals(head.hash())
        ? Optional.empty()
        : Optional.of("the head does not name the last entry's hash");
  }
}
