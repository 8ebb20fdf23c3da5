package io.tally.ledger.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 6962 Merkle tree hash over leaf data, with inclusion (audit path) and consistency proofs.
 * Leaf hash {@code SHA-256(0x00 || d)}, node hash {@code SHA-256(0x01 || left || right)}. It keeps
 * every complete subtree's hash, level by level (about 64 bytes a leaf), so a root or a proof for
 * any tree size costs O(log² n) hashes, and leaves can be appended as the ledger grows.
 */
public final class MerkleTree {
  /** Level j holds the hashes of the complete subtrees of 2^j leaves, left to right. */
  private final List<HashArray> levels = new ArrayList<>();

  private int size;

  public static MerkleTree empty() {
    return new MerkleTree();
  }

  public static MerkleTree ofLeaves(List<byte[]> leaves) {
    MerkleTree tree = new MerkleTree();
    for (byte[] d : leaves) {
      tree.append(leafHash(d));
    }
    return tree;
  }

  /** Appends a leaf by its leaf hash ({@link #leafHash}). */
  public void append(byte[] leafHash) {
    if (size == Integer.MAX_VALUE / 32) {
      throw new IllegalStateException("the tree holds at most " + size + " leaves");
    }
    level(0).add(leafHash);
    size++;
    for (int j = 0; level(j).count() % 2 == 0; j++) {
      HashArray l = level(j);
      level(j + 1).add(nodeHash(l.get(l.count() - 2), l.get(l.count() - 1)));
    }
  }

  private HashArray level(int j) {
    while (levels.size() <= j) {
      levels.add(new HashArray());
    }
    return levels.get(j);
  }

  public int size() {
    return size;
  }

  /** The leaf hash of leaf {@code i} (from 0). */
  public byte[] leafHash(int i) {
    if (i < 0 || i >= size) {
      throw new IllegalArgumentException("no leaf " + i + " in " + size);
    }
    return levels.get(0).get(i);
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
    if (n < 0 || n > size) {
      throw new IllegalArgumentException("no tree of " + n + " in " + size + " leaves");
    }
    return n == 0 ? sha256().digest() : hash(0, n);
  }

  private byte[] hash(int from, int to) {
    int n = to - from;
    if (Integer.bitCount(n) == 1 && from % n == 0) {
      return levels.get(Integer.numberOfTrailingZeros(n)).get(from / n);
    }
    int k = split(n);
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
  static int split(int n) {
    return Integer.highestOneBit(n - 1);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 32-byte hashes in one growing array: no object per hash. */
  private static final class HashArray {
    private byte[] bytes = new byte[32 * 16];
    private int count;

    void add(byte[] hash) {
      if ((count + 1) * 32 > bytes.length) {
        bytes =
            java.util.Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE, bytes.length * 2L));
      }
      System.arraycopy(hash, 0, bytes, count * 32, 32);
      count++;
    }

    byte[] get(int i) {
      return java.util.Arrays.copyOfRange(bytes, i * 32, i * 32 + 32);
    }

    int count() {
      return count;
    }
  }
}
