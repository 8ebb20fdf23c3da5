package io.tally.ledger;

import java.util.Map;

/**
 * What a backup archive says of itself: its format, when and from which database it was taken, the
 * ledger head it holds, the public key of the node that took it, and the rows of every table.
 */
public record BackupManifest(
    String format,
    String takenAt,
    String database,
    long headSeq,
    String headHash,
    String origin,
    String nodeKeyId,
    String nodePublicKey,
    Map<String, Long> tables) {
  public static final String FORMAT = "tally-backup/1";
  static final String MANIFEST = "manifest.json";
  static final String CHECKPOINT = "checkpoint.note";

  static String tableEntry(String table) {
    return "tables/" + table + ".jsonl";
  }
}
