package io.tally.ledger.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: {@code hash_i = SHA-256(hash_{i-1} || 0x0a || canonical(entry_i))}, where the
 * canonical entry is the JSON object of sequence, time (epoch milliseconds), actor, type, the
 * corrected entry (if any) and the payload. The first entry follows {@link #GENESIS}.
 */
public final class EntryHash {
  public static final String GENESIS = "0".repeat(64);

  private EntryHash() {}

  /** The bytes of an entry that its hash covers: its fields as canonical JSON, keys sorted. */
  public static String canonical(ChainEntry e) {
    StringBuilder b = new StringBuilder("{\"actor\":").append(CanonicalJson.write(e.actor()));
    if (e.corrects() != null) {
      b.append(",\"corrects\":").append(e.corrects());
    }
    return b.append(",\"payload\":")
        .append(e.payload())
        .append(",\"seq\":")
        .append(e.seq())
        .append(",\"time\":")
        .append(e.epochMillis())
        .append(",\"type\":")
        .append(CanonicalJson.write(e.type()))
        .append('}')
        .toString();
  }

  public static String of(String previousHash, ChainEntry e) {
    return sha256Hex(previousHash + "\n" + canonical(e));
  }

  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
