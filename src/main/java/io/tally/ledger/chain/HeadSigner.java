package io.tally.ledger.chain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;

/**
 * Signs and checks ledger tree heads with Ed25519 (JDK built-in). The key pair lives in files
 * outside the database (private key readable by its owner only), made on first use.
 */
public final class HeadSigner {
  private static final String KEY_FILES = "ledger-ed25519";

  private final PrivateKey privateKey;
  private final PublicKey publicKey;

  HeadSigner(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** Loads the key pair from the folder, making one first if there is none. */
  public static HeadSigner openOrCreate(Path dir) {
    KeyPair pair = Ed25519Keys.openOrCreate(dir, KEY_FILES);
    return new HeadSigner(pair.getPrivate(), pair.getPublic());
  }

  /** The same key pair signing C2SP notes under a key name (the checkpoints' origin). */
  public NoteSigner noteSigner(String keyName) {
    return new NoteSigner(keyName, privateKey, publicKey);
  }

  /** The SHA-256 of the public key, naming the key a head was signed with. */
  public String keyId() {
    return keyId(publicKey);
  }

  /** The key id of any head-signing public key. */
  public static String keyId(PublicKey key) {
    return HexFormat.of().formatHex(EntryHash.sha256(key.getEncoded()));
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public String sign(SignedHead.Body head) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(head.bytes());
      return HexFormat.of().formatHex(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  public boolean verify(SignedHead head) {
    return verify(publicKey, head);
  }

  /** Whether the head carries a valid signature by this public key. */
  public static boolean verify(PublicKey key, SignedHead head) {
    return verify(key, head.body().bytes(), head.signature());
  }

  static boolean verify(PublicKey key, byte[] message, String signatureHex) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(message);
      return s.verify(HexFormat.of().parseHex(signatureHex));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** A signed head: the chain's hash at a sequence, at a time, under a key. */
  public record SignedHead(Body body, String keyId, String signature) {
    /** What is signed: {@code tally-ledger-head/1 seq hash epochMillis}. */
    public record Body(long seq, String hash, long epochMillis) {
      public byte[] bytes() {
        return ("tally-ledger-head/1 " + seq + " " + hash + " " + epochMillis)
            .getBytes(StandardCharsets.UTF_8);
      }
    }
  }
}
