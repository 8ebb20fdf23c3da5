package io.tally.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.ledger.LedgerProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotpSecretsTest {
  @TempDir Path keys;

  @Test
  void aSealedSecretOpensOnlyForItsUserAndWithItsKey() throws Exception {
    TotpSecrets secrets = new TotpSecrets(new LedgerProperties(keys, 1000, null, null));
    byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    String sealed = secrets.seal("quality.lead", secret);

    assertThat(sealed)
        .startsWith("gcm1:")
        .doesNotContain(Base32.encode(secret))
        .hasSizeLessThan(200);
    assertThat(secrets.open("quality.lead", sealed)).isEqualTo(secret);
    assertThatThrownBy(() -> secrets.open("someone.else", sealed))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.getPosixFilePermissions(keys.resolve("totp.key")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    Path otherKeys = Files.createDirectory(keys.resolve("other"));
    TotpSecrets elsewhere = new TotpSecrets(new LedgerProperties(otherKeys, 1000, null, null));
    assertThatThrownBy(() -> elsewhere.open("quality.lead", sealed))
        .isInstanceOf(IllegalStateException.class);
  }
}
