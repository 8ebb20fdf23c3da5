package io.tally.ledger;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the signing key lives (outside the database) and how often a head is signed.
 *
 * @param keyDir folder of the Ed25519 key pair
 * @param signEvery sign a head every this many entries (and on shutdown)
 */
@ConfigurationProperties("tally.ledger")
public record LedgerProperties(Path keyDir, int signEvery) {
  public LedgerProperties {
    if (keyDir == null) {
      keyDir = Path.of("data", "keys");
    }
    if (signEvery <= 0) {
      signEvery = 1000;
    }
  }
}
