package io.tally.ledger.chain;

import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * What a verifier needs without the tree: checking an RFC 6962 consistency proof (the algorithm of
 * RFC 9162, 2.1.4.2), and the root of a tree computed from its leaves as they stream past, in O(log
 * n) memory.
 */
public final class MerkleProofs {
  private MerkleProofs() {}

  /** Whether {@code proof} shows the tree of {@code first} leaves is a prefix of {@code second}. */
  public static boolean consistent(
      long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    if (first < 1 || first > second) {
      return false;
    }
    if (first == second) {
      return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
    }
    Deque<byte[]> path = new ArrayDeque<>(proof);
    if (Long.bitCount(first) == 1) {
      path.addFirst(firstRoot);
    }
    if (path.isEmpty()) {
      return false;
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.peekFirst();
    byte[] sr = path.removeFirst();
    for (byte[] c : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = MerkleTree.nodeHash(c, fr);
        sr = MerkleTree.nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = MerkleTree.nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
  }

  /**
   * The root of the leaves added so far, keeping one hash per complete subtree on the right edge.
   */
  public static final class Roots {
    private final Deque<byte[]> hashes = new ArrayDeque<>();
    private final Deque<Long> sizes = new ArrayDeque<>();
    private long size;

    public void add(byte[] leafHash) {
      byte[] h = leafHash;
      long s = 1;
      while (!sizes.isEmpty() && sizes.peekLast() == s) {
        h = MerkleTree.nodeHash(hashes.removeLast(), h);
        s += sizes.removeLast();
      }
      hashes.addLast(h);
      sizes.addLast(s);
      size++;
    }

    public long size() {
      return size;
    }

    public byte[] root() {
      if (size == 0) {
        return MerkleTree.sha256().digest();
      }
      var it = hashes.descendingIterator();
      byte[] r = it.next();
      while (it.hasNext()) {
        r = MerkleTree.nodeHash(it.next(), r);
      }
      return r;
    }
  }
}
