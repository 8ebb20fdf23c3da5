package io.tally.ledger.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * Signs note texts under a key name: a log's checkpoints with a plain Ed25519 signature (C2SP
 * signed-note, type 0x01), a witness's cosignature with a timestamp (C2SP tlog-cosignature, type
 * 0x04).
 */
public final class NoteSigner {
  private final NoteVerifier verifier;
  private final PrivateKey privateKey;

  NoteSigner(String keyName, PrivateKey privateKey, PublicKey publicKey) {
    this(keyName, NoteVerifier.ED25519, privateKey, publicKey);
  }

  private NoteSigner(String keyName, int type, PrivateKey privateKey, PublicKey publicKey) {
    this.verifier = new NoteVerifier(keyName, type, Ed25519Keys.raw(publicKey));
    this.privateKey = privateKey;
  }

  /** A witness's cosigner. */
  public static NoteSigner cosigner(String keyName, KeyPair pair) {
    return new NoteSigner(keyName, NoteVerifier.COSIGNATURE, pair.getPrivate(), pair.getPublic());
  }

  public NoteVerifier verifier() {
    return verifier;
  }

  /** Signs the text with a plain Ed25519 signature. */
  public SignedNote.Line sign(String text) {
    if (verifier.type() != NoteVerifier.ED25519) {
      throw new IllegalStateException("a cosigner signs with a timestamp");
    }
    byte[] sig = ed25519(text.getBytes(StandardCharsets.UTF_8));
    return new SignedNote.Line(
        verifier.name(), ByteBuffer.allocate(68).put(verifier.keyId()).put(sig).array());
  }

  /** Cosigns a checkpoint's text at a time (seconds since the epoch). */
  public SignedNote.Line cosign(String text, long epochSeconds) {
    byte[] sig = ed25519(NoteVerifier.cosigned(text, epochSeconds));
    return new SignedNote.Line(
        verifier.name(),
        ByteBuffer.allocate(76).put(verifier.keyId()).putLong(epochSeconds).put(sig).array());
  }

  private byte[] ed25519(byte[] message) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }
}
