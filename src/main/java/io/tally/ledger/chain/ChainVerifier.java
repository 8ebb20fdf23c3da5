package io.tally.ledger.chain;

import java.util.Iterator;
import java.util.Map;

/**
 * Recomputes the chain from the first entry and checks every signed head. It stops at the first
 * entry that does not match: a broken link, a changed entry, a gap in the sequence, or a head whose
 * signature or hash does not hold.
 */
public final class ChainVerifier {
  private ChainVerifier() {}

  public static Result verify(
      Iterator<ChainEntry> entries, Map<Long, HeadSigner.SignedHead> heads, HeadSigner signer) {
    String previous = EntryHash.GENESIS;
    long expectedSeq = 1;
    long count = 0;
    int headsChecked = 0;
    while (entries.hasNext()) {
      ChainEntry e = entries.next();
      if (e.seq() != expectedSeq) {
        return Result.broken(
            count, headsChecked, expectedSeq, "entry " + expectedSeq + " is missing");
      }
      if (!previous.equals(e.previousHash())) {
        return Result.broken(
            count, headsChecked, e.seq(), "previous hash does not match entry " + (e.seq() - 1));
      }
      String expected = e.expectedHash(previous);
      if (!expected.equals(e.hash())) {
        return Result.broken(count, headsChecked, e.seq(), "content does not match its hash");
      }
      HeadSigner.SignedHead head = heads.get(e.seq());
      if (head != null) {
        if (!head.body().hash().equals(e.hash())) {
          return Result.broken(count, headsChecked, e.seq(), "signed head names another hash");
        }
        if (!signer.keyId().equals(head.keyId()) || !signer.verify(head)) {
          return Result.broken(
              count, headsChecked, e.seq(), "signature of the head does not verify");
        }
        headsChecked++;
      }
      previous = e.hash();
      expectedSeq++;
      count++;
    }
    for (Long seq : heads.keySet()) {
      if (seq >= expectedSeq) {
        return Result.broken(
            count, headsChecked, seq, "a signed head names entry " + seq + ", which is missing");
      }
    }
    return new Result(true, count, headsChecked, null, null, previous);
  }

  /** The outcome: intact, or the first bad entry and why. */
  public record Result(
      boolean intact,
      long entriesChecked,
      int headsChecked,
      Long firstBadSeq,
      String reason,
      String headHash) {
    static Result broken(long count, int heads, long seq, String reason) {
      return new Result(false, count, heads, seq, reason, null);
    }
  }
}
