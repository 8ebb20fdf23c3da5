package io.tally.ledger.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 key pairs in files (private key readable by its owner only, made on first use), and the
 * 32-byte raw public key that signed notes name keys by.
 */
public final class Ed25519Keys {
  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
  private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private Ed25519Keys() {}

  /** Loads {@code base.key} and {@code base.pub} from the folder, making them first if absent. */
  public static KeyPair openOrCreate(Path dir, String base) {
    try {
      Path priv = dir.resolve(base + ".key");
      Path pub = dir.resolve(base + ".pub");
      if (!Files.exists(priv)) {
        Files.createDirectories(dir);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path tmp = Files.createTempFile(dir, "key", ".tmp");
        restrict(tmp);
        Files.write(tmp, pair.getPrivate().getEncoded());
        Files.move(tmp, priv, StandardCopyOption.ATOMIC_MOVE);
        Files.write(pub, pair.getPublic().getEncoded());
      }
      KeyFactory kf = KeyFactory.getInstance("Ed25519");
      return new KeyPair(
          kf.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub))),
          kf.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(priv))));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot open the Ed25519 key in " + dir + ": " + e, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
    }
  }

  public static byte[] raw(PublicKey key) {
    byte[] der = key.getEncoded();
    return Arrays.copyOfRange(der, der.length - 32, der.length);
  }

  public static PublicKey fromRaw(byte[] raw) {
    if (raw.length != 32) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
    }
    byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
    System.arraycopy(raw, 0, der, SPKI_PREFIX.length, 32);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }
}
