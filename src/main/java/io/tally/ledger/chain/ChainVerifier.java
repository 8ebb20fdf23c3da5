package io.tally.ledger.chain;

import java.security.PublicKey;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recomputes the chain from the first entry and checks every signed head and every checkpoint it is
 * given (checkpoints live outside the database, so a ledger cut short or rewritten with its heads
 * deleted still fails). It stops at the first entry that does not match: a broken link, a changed
 * entry, a gap in the sequence, a head whose signature or hash does not hold, or a checkpoint whose
 * root the entries no longer give or whose entries are gone. Entries stream past: memory stays
 * O(log n).
 */
public final class ChainVerifier {
  private static final HexFormat HEX = HexFormat.of();

  private ChainVerifier() {}

  public static Result verify(
      Iterator<ChainEntry> entries, Map<Long, HeadSigner.SignedHead> heads, HeadSigner signer) {
    return verify(entries, heads, signer, List.of());
  }

  public static Result verify(
      Iterator<ChainEntry> entries,
      Map<Long, HeadSigner.SignedHead> heads,
      HeadSigner signer,
      List<Expected> checkpoints) {
    return verify(entries, heads, List.of(signer.publicKey()), checkpoints);
  }

  /**
   * As above, with heads signed by any of the trusted keys or by a node key the ledger itself
   * registers ({@value NodeKeyRegistrations#TYPE}, anywhere in the chain: a node that signed heads
   * before registrations existed registers its key at its next start). A head signed by any other
   * key is refused, naming the key.
   */
  public static Result verify(
      Iterator<ChainEntry> entries,
      Map<Long, HeadSigner.SignedHead> heads,
      List<PublicKey> trusted,
      List<Expected> checkpoints) {
    NodeKeyRegistrations keys = new NodeKeyRegistrations(trusted);
    Map<Long, HeadSigner.SignedHead> deferred = new TreeMap<>();
    Deque<Expected> expected =
        new ArrayDeque<>(
            checkpoints.stream()
                .sorted(Comparator.comparingLong(e -> e.checkpoint().size()))
                .toList());
    MerkleProofs.Roots roots = new MerkleProofs.Roots();
    String previous = EntryHash.GENESIS;
    long expectedSeq = 1;
    long count = 0;
    int headsChecked = 0;
    int checkpointsChecked = 0;
    while (true) {
      while (!expected.isEmpty() && expected.peekFirst().checkpoint().size() == count) {
        Expected c = expected.removeFirst();
        if (!Arrays.equals(roots.root(), c.checkpoint().root())) {
          return Result.broken(
              count,
              headsChecked,
              checkpointsChecked,
              Math.max(count, 1),
              "the first " + count + " entries do not give the root of " + c.describe());
        }
        checkpointsChecked++;
      }
      if (!entries.hasNext()) {
        break;
      }
      ChainEntry e = entries.next();
      String problem = null;
      if (e.seq() != expectedSeq) {
        return Result.broken(
            count,
            headsChecked,
            checkpointsChecked,
            expectedSeq,
            "entry " + expectedSeq + " is missing");
      } else if (!previous.equals(e.previousHash())) {
        problem = "previous hash does not match entry " + (e.seq() - 1);
      } else if (!e.expectedHash(previous).equals(e.hash())) {
        problem = "content does not match its hash";
      } else {
        HeadSigner.SignedHead head = heads.get(e.seq());
        if (head != null && !head.body().hash().equals(e.hash())) {
          problem = "signed head names another hash";
        } else if (head != null && keys.find(head.keyId()).isEmpty()) {
          deferred.put(e.seq(), head);
        } else if (head != null && !HeadSigner.verify(keys.find(head.keyId()).get(), head)) {
          problem = "signature of the head does not verify";
        } else if (head != null) {
          headsChecked++;
        }
        keys.learn(e);
      }
      if (problem != null) {
        return Result.broken(count, headsChecked, checkpointsChecked, e.seq(), problem);
      }
      roots.add(MerkleTree.leafHash(HEX.parseHex(e.hash())));
      previous = e.hash();
      expectedSeq++;
      count++;
    }
    if (!expected.isEmpty()) {
      Expected c = expected.peekFirst();
      return Result.broken(
          count,
          headsChecked,
          checkpointsChecked,
          count + 1,
          "the ledger ends at entry "
              + count
              + ", short of "
              + c.describe()
              + ": entries "
              + (count + 1)
              + " to "
              + c.checkpoint().size()
              + " are gone");
    }
    for (var d : deferred.entrySet()) {
      var key = keys.find(d.getValue().keyId());
      if (key.isEmpty()) {
        return Result.broken(
            count,
            headsChecked,
            checkpointsChecked,
            d.getKey(),
            "the head is signed by key " + d.getValue().keyId() + ", which is not registered");
      } else if (!HeadSigner.verify(key.get(), d.getValue())) {
        return Result.broken(
            count,
            headsChecked,
            checkpointsChecked,
            d.getKey(),
            "signature of the head does not verify");
      }
      headsChecked++;
    }
    for (Long seq : heads.keySet()) {
      if (seq >= expectedSeq) {
        return Result.broken(
            count,
            headsChecked,
            checkpointsChecked,
            seq,
            "a signed head names entry " + seq + ", which is missing");
      }
    }
    return new Result(true, count, headsChecked, checkpointsChecked, null, null, previous);
  }

  /** A checkpoint the ledger must still agree with, and where it came from (for the report). */
  public record Expected(String source, Checkpoint checkpoint) {
    String describe() {
      return "checkpoint "
          + source
          + " (tree size "
          + checkpoint.size()
          + ", root "
          + checkpoint.rootBase64()
          + ")";
    }
  }

  /** The outcome: intact, or the first bad entry and why. */
  public record Result(
      boolean intact,
      long entriesChecked,
      int headsChecked,
      int checkpointsChecked,
      Long firstBadSeq,
      String reason,
      String headHash) {
    /** A checkpoint that cannot be trusted (not signed by this ledger's key): nothing verified. */
    public static Result untrusted(String reason) {
      return new Result(false, 0, 0, 0, null, reason, null);
    }

    static Result broken(long count, int heads, int checkpoints, long seq, String reason) {
      return new Result(false, count, heads, checkpoints, seq, reason, null);
    }
  }
}
