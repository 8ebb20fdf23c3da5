package io.tally.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238, Appendix B: the test vectors for TOTP with SHA-1, SHA-256 and SHA-512, 8 digits. */
class TotpTest {
  static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  static final byte[] SHA256_SEED =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  static final byte[] SHA512_SEED =
      "1234567890123456789012345678901234567890123456789012345678901234"
          .getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "T = {0}")
  @CsvSource({
    "59, 94287082, 46119246, 90693936",
    "1111111109, 07081804, 68084774, 25091201",
    "1111111111, 14050471, 67062674, 99943326",
    "1234567890, 89005924, 91819424, 93441116",
    "2000000000, 69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void matchesTheRfc6238Vectors(long time, String sha1, String sha256, String sha512) {
    assertThat(Totp.code(SHA1_SEED, time, 8, "HmacSHA1")).isEqualTo(sha1);
    assertThat(Totp.code(SHA256_SEED, time, 8, "HmacSHA256")).isEqualTo(sha256);
    assertThat(Totp.code(SHA512_SEED, time, 8, "HmacSHA512")).isEqualTo(sha512);
  }

  @Test
  void acceptsTheCodeOfTheStepEitherSideButNotTwoAway() {
    long now = 1_234_567_890L;
    String code = Totp.code(SHA1_SEED, now, 6, Totp.SHA1);
    assertThat(code).isEqualTo("005924");
    assertThat(Totp.verify(SHA1_SEED, code, now)).isTrue();
    assertThat(Totp.verify(SHA1_SEED, code, now + 30)).isTrue();
    assertThat(Totp.verify(SHA1_SEED, code, now - 30)).isTrue();
    assertThat(Totp.verify(SHA1_SEED, code, now + 90)).isFalse();
    assertThat(Totp.verify(SHA1_SEED, null, now)).isFalse();
    assertThat(Totp.verify(SHA1_SEED, "1234567", now)).isFalse();
  }

  @Test
  void base32RoundTripsTheRfc4648Example() {
    byte[] foobar = "foobar".getBytes(StandardCharsets.US_ASCII);
    assertThat(Base32.encode(foobar)).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.decode("MZXW6YTBOI")).isEqualTo(foobar);
  }
}
