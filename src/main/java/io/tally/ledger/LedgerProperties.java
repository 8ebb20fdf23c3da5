package io.tally.ledger;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the signing key lives (outside the database), how often a head is signed, and where the
 * signed checkpoints are appended (outside the database too).
 *
 * @param keyDir folder of the Ed25519 key pair
 * @param signEvery sign a head and a checkpoint every this many entries (and on shutdown)
 * @param checkpointFile the append-only file of signed checkpoints
 * @param origin the checkpoints' origin line and signing key name, unique to this ledger
 */
@ConfigurationProperties("tally.ledger")
public record LedgerProperties(Path keyDir, int signEvery, Path checkpointFile, String origin) {
  public LedgerProperties {
    if (keyDir == null) {
      keyDir = Path.of("data", "keys");
    }
    if (signEvery <= 0) {
      signEvery = 1000;
    }
    if (checkpointFile == null) {
      checkpointFile = Path.of("data", "checkpoints", "checkpoints.log");
    }
    if (origin == null || origin.isBlank()) {
      origin = "tally/ledger";
    }
  }
}
