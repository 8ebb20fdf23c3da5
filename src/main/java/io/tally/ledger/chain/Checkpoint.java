package io.tally.ledger.chain;

import java.util.Base64;

/**
 * A C2SP tlog-checkpoint: the log's origin, its tree size and the RFC 6962 root hash of its first
 * {@code size} entries (leaves are the entries' chain hashes). Its text is what is signed.
 */
public record Checkpoint(String origin, long size, byte[] root) {
  public Checkpoint {
    if (origin.isBlank() || origin.contains("\n")) {
      throw new IllegalArgumentException("a checkpoint's origin is one non-empty line");
    }
    if (size < 0) {
      throw new IllegalArgumentException("a tree size is 0 or more");
    }
    if (root.length != 32) {
      throw new IllegalArgumentException("a root hash has 32 bytes");
    }
  }

  public static Checkpoint parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 4 || !text.endsWith("\n")) {
      throw new IllegalArgumentException("a checkpoint is origin, size and root, each a line");
    }
    long size;
    try {
      size = Long.parseLong(lines[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "a checkpoint's second line is its tree size: " + lines[1]);
    }
    return new Checkpoint(lines[0], size, Base64.getDecoder().decode(lines[2]));
  }

  public String rootBase64() {
    return Base64.getEncoder().encodeToString(root);
  }

  public String text() {
    return origin + "\n" + size + "\n" + rootBase64() + "\n";
  }

  /** The same tree: same origin, size and root. */
  public boolean sameAs(Checkpoint other) {
    return text().equals(other.text());
  }
}
