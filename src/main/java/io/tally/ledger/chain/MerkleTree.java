package io.tally.ledger.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 6962 Merkle tree hash over leaf data, with inclusion (audit path) and consistency proofs.
 * Leaf hash {@code SHA-256(0x00 || d)}, node hash {@code SHA-256(0x01 || left || right)}.
 */
public final class MerkleTree {
  private final List<byte[]> leafHashes;

  private MerkleTree(List<byte[]> leafHashes) {
    this.leafHashes = leafHashes;
  }

  public static MerkleTree ofLeaves(List<byte[]> leaves) {
    List<byte[]> hashes = new ArrayList<>(leaves.size());
    for (byte[] d : leaves) {
      hashes.add(leafHash(d));
    }
    return new MerkleTree(hashes);
  }

  public int size() {
    return leafHashes.size();
  }

  public static byte[] leafHash(byte[] data) {
    MessageDigest md = sha256();
    md.update((byte) 0);
    md.update(data);
    return md.digest();
  }

  static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest md = sha256();
    md.update((byte) 1);
    md.update(left);
    md.update(right);
    return md.digest();
  }

  /** The root of the first {@code n} leaves. */
  public byte[] root(int n) {
    return n == 0 ? sha256().digest() : hash(0, n);
  }

  private byte[] hash(int from, int to) {
    if (to - from == 1) {
      return leafHashes.get(from);
    }
    int k = split(to - from);
    return nodeHash(hash(from, from + k), hash(from + k, to));
  }

  /** The audit path of leaf {@code m} in the tree of the first {@code n} leaves. */
  public List<byte[]> inclusionProof(int m, int n) {
    if (m < 0 || m >= n || n > size()) {
      throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
    }
    List<byte[]> path = new ArrayList<>();
    path(m, 0, n, path);
    return path;
  }

  private void path(int m, int from, int to, List<byte[]> out) {
    if (to - from <= 1) {
      return;
    }
    int k = split(to - from);
    if (m < k) {
      path(m, from, from + k, out);
      out.add(hash(from + k, to));
    } else {
      path(m - k, from + k, to, out);
      out.add(hash(from, from + k));
    }
  }

  /** The proof that the tree of {@code m} leaves is a prefix of the tree of {@code n}. */
  public List<byte[]> consistencyProof(int m, int n) {
    if (m < 1 || m > n || n > size()) {
      throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
    }
    List<byte[]> proof = new ArrayList<>();
    subproof(m, 0, n, true, proof);
    return proof;
  }

  private void subproof(int m, int from, int to, boolean complete, List<byte[]> out) {
    int n = to - from;
    if (m == n) {
      if (!complete) {
        out.add(hash(from, to));
      }
      return;
    }
    int k = split(n);
    if (m <= k) {
      subproof(m, from, from + k, complete, out);
      out.add(hash(from + k, to));
    } else {
      subproof(m - k, from + k, to, false, out);
      out.add(hash(from, from + k));
    }
  }

  /** The largest power of two smaller than n (n > 1). */
  private static int split(int n) {
    return Integer.highestOneBit(n - 1);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
