package io.tally.security;

import io.tally.ledger.LedgerProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals TOTP secrets for the credential table with AES-256-GCM under a key kept outside the
 * database, beside the ledger's signing key ({@code totp.key}, mode 600, made on first use): a copy
 * of the database alone does not give anyone the codes. The user's name is bound in as associated
 * data, so a sealed secret moved to another user's row does not open.
 */
@Component
class TotpSecrets {
  private static final String PREFIX = "gcm1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path keyFile;
  private SecretKey key;

  TotpSecrets(LedgerProperties ledger) {
    this.keyFile = ledger.keyDir().resolve("totp.key");
  }

  String seal(String name, byte[] secret) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, name, iv, secret);
    return PREFIX
        + Base64.getEncoder()
            .encodeToString(
                ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
  }

  byte[] open(String name, String sealed) {
    if (!sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("the TOTP secret of '" + name + "' is not sealed");
    }
    byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    byte[] iv = Arrays.copyOf(all, IV_BYTES);
    byte[] body = Arrays.copyOfRange(all, IV_BYTES, all.length);
    return crypt(Cipher.DECRYPT_MODE, name, iv, body);
  }

  private byte[] crypt(int mode, String name, byte[] iv, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot open the TOTP secret of '" + name + "'", e);
    }
  }

  private synchronized SecretKey key() {
    if (key == null) {
      try {
        if (!Files.exists(keyFile)) {
          byte[] fresh = new byte[32];
          RANDOM.nextBytes(fresh);
          Files.createDirectories(keyFile.getParent());
          Files.createFile(
              keyFile,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.write(keyFile, fresh);
        }
        key = new SecretKeySpec(Files.readAllBytes(keyFile), "AES");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read or make " + keyFile, e);
      }
    }
    return key;
  }
}
