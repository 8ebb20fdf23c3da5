package io.tally.ledger.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A public key that checks note signatures, by name, type and the 32-byte Ed25519 key. Its text
 * form is the C2SP verifier key {@code <name>+<hex key id>+<base64(type || key)>}; its key id is
 * the first 4 bytes of {@code SHA-256(name || 0x0A || type || key)}.
 */
public record NoteVerifier(String name, int type, byte[] publicKey) {
  public static final int ED25519 = 0x01;
  public static final int COSIGNATURE = 0x04;

  public NoteVerifier {
    if (type != ED25519 && type != COSIGNATURE) {
      throw new IllegalArgumentException("unknown signature type " + type);
    }
    Ed25519Keys.fromRaw(publicKey);
    SignedNote.checkKeyName(name);
  }

  public static NoteVerifier parse(String vkey) {
    String[] parts = vkey.trim().split("\\+", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("a verifier key is name+keyid+key: " + vkey);
    }
    byte[] typed = Base64.getDecoder().decode(parts[2]);
    if (typed.length != 33) {
      throw new IllegalArgumentException("a verifier key holds a type and 32 bytes: " + vkey);
    }
    NoteVerifier v =
        new NoteVerifier(parts[0], typed[0] & 0xff, Arrays.copyOfRange(typed, 1, typed.length));
    if (!HexFormat.of().formatHex(v.keyId()).equals(parts[1])) {
      throw new IllegalArgumentException("the key id does not match the key: " + vkey);
    }
    return v;
  }

  public byte[] keyId() {
    byte[] name = this.name.getBytes(StandardCharsets.UTF_8);
    byte[] in =
        ByteBuffer.allocate(name.length + 2 + 32)
            .put(name)
            .put((byte) 0x0a)
            .put((byte) type)
            .put(publicKey)
            .array();
    return Arrays.copyOf(EntryHash.sha256(in), 4);
  }

  @Override
  public String toString() {
    byte[] typed = ByteBuffer.allocate(33).put((byte) type).put(publicKey).array();
    return name
        + "+"
        + HexFormat.of().formatHex(keyId())
        + "+"
        + Base64.getEncoder().encodeToString(typed);
  }

  /** Whether the note carries a valid signature by this key (other keys' lines are ignored). */
  public boolean verifies(SignedNote note) {
    byte[] id = keyId();
    for (SignedNote.Line line : note.signatures()) {
      byte[] sig = line.keyIdAndSignature();
      if (line.keyName().equals(name) && Arrays.equals(Arrays.copyOf(sig, 4), id)) {
        return type == ED25519 ? plain(note.text(), sig) : cosignature(note.text(), sig);
      }
    }
    return false;
  }

  private boolean plain(String text, byte[] sig) {
    return sig.length == 68
        && ed25519(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(sig, 4, 68));
  }

  private boolean cosignature(String text, byte[] sig) {
    if (sig.length != 76) {
      return false;
    }
    long time = ByteBuffer.wrap(sig, 4, 8).getLong();
    return ed25519(cosigned(text, time), Arrays.copyOfRange(sig, 12, 76));
  }

  /** What a cosignature covers (C2SP tlog-cosignature v1). */
  static byte[] cosigned(String text, long epochSeconds) {
    return ("cosignature/v1\ntime " + epochSeconds + "\n" + text).getBytes(StandardCharsets.UTF_8);
  }

  private boolean ed25519(byte[] message, byte[] signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(Ed25519Keys.fromRaw(publicKey));
      s.update(message);
      return s.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
