package io.tally.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238): an HOTP (RFC 4226) code over the number of 30-second
 * steps since the Unix epoch. Tally uses HMAC-SHA1 and six digits, what authenticator apps expect;
 * the generic form takes the algorithm and digits so the RFC's own vectors can be checked. Pure: no
 * Spring.
 */
final class Totp {
  static final long STEP_SECONDS = 30;
  static final int DIGITS = 6;
  static final String SHA1 = "HmacSHA1";

  /** Steps either side of now that still count, for a clock a little off and a slow typist. */
  private static final int DRIFT = 1;

  private Totp() {}

  /** The code for the step holding {@code unixSeconds}, with {@code digits} digits. */
  static String code(byte[] key, long unixSeconds, int digits, String hmac) {
    return hotp(key, Math.floorDiv(unixSeconds, STEP_SECONDS), digits, hmac);
  }

  /** Whether {@code code} is Tally's six-digit SHA-1 code for now or a step either side. */
  static boolean verify(byte[] key, String code, long unixSeconds) {
    if (code == null || code.length() != DIGITS) {
      return false;
    }
    long step = Math.floorDiv(unixSeconds, STEP_SECONDS);
    boolean ok = false;
    for (long s = step - DRIFT; s <= step + DRIFT; s++) {
      // Compare every candidate in constant time, so timing says nothing about the right code.
      ok |=
          MessageDigest.isEqual(
              hotp(key, s, DIGITS, SHA1).getBytes(StandardCharsets.US_ASCII),
              code.getBytes(StandardCharsets.US_ASCII));
    }
    return ok;
  }

  private static String hotp(byte[] key, long counter, int digits, String hmac) {
    byte[] h;
    try {
      Mac mac = Mac.getInstance(hmac);
      mac.init(new SecretKeySpec(key, "RAW"));
      h = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot compute " + hmac, e);
    }
    int offset = h[h.length - 1] & 0x0f;
    int binary =
        ((h[offset] & 0x7f) << 24)
            | ((h[offset + 1] & 0xff) << 16)
            | ((h[offset + 2] & 0xff) << 8)
            | (h[offset + 3] & 0xff);
    long modulus = (long) Math.pow(10, digits);
    String text = Long.toString(binary % modulus);
    return "0".repeat(digits - text.length()) + text;
  }
}
