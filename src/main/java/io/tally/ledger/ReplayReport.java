package io.tally.ledger;

import java.util.List;
import java.util.Map;

/**
 * What a replay found: how many entries it re-applied, each projection table's row counts live and
 * replayed, and every row that differs (the first {@link Replay#MAX_LISTED} listed, all counted).
 */
public record ReplayReport(
    long entries,
    List<TableCount> tables,
    boolean identical,
    int differenceCount,
    List<Difference> differences) {

  /** A table's rows in the live database and after replay. */
  public record TableCount(String table, int liveRows, int replayedRows) {}

  /**
   * A row that differs: its table, its key (primary-key columns), the live row and the replayed row
   * (null where the row exists on one side only).
   */
  public record Difference(
      String table, String key, Map<String, String> live, Map<String, String> replayed) {}
}
