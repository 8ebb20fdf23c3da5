package io.tally.ledger;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@link GroupCommit} forms batches (docs/group-commit.md).
 *
 * @param maxBatch at most this many commands in one transaction (1 turns grouping off)
 * @param maxWait how long a batch's leader may wait for more commands, and only while the batch
 *     before it held more than one (so a lone command is never delayed); 0 never waits
 */
@ConfigurationProperties("tally.commands.group-commit")
public record GroupCommitProperties(int maxBatch, Duration maxWait) {
  public static final int MAX_BATCH_LIMIT = 1000;

  public GroupCommitProperties {
    if (maxBatch == 0) {
      maxBatch = 64;
    }
    if (maxBatch < 1 || maxBatch > MAX_BATCH_LIMIT) {
      throw new IllegalArgumentException(
          "tally.commands.group-commit.max-batch must be 1 to " + MAX_BATCH_LIMIT);
    }
    if (maxWait == null) {
      maxWait = Duration.ofMillis(1);
    }
    if (maxWait.isNegative() || maxWait.compareTo(Duration.ofSeconds(1)) > 0) {
      throw new IllegalArgumentException(
          "tally.commands.group-commit.max-wait must be 0 to 1s, not " + maxWait);
    }
  }
}
