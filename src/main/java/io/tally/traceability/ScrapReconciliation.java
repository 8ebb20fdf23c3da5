package io.tally.traceability;

import static io.tally.traceability.LedgerTally.DESTROYED;
import static io.tally.traceability.LedgerTally.DISCARDED;
import static io.tally.traceability.LedgerTally.SCRAP;
import static io.tally.traceability.LedgerTally.SCRAPPED;
import static io.tally.traceability.LedgerTally.TO_DESTRUCTION;

import io.tally.traceability.ReconciliationReport.Difference;
import io.tally.traceability.ReconciliationReport.ScrapFigures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scrap in custody, for {@link Reconciliation}: what the ledger says was reported, moved to await
 * destruction and destroyed, against the reject store, awaiting destruction and destroyed of the
 * read model, per lot and in total.
 */
@Component
class ScrapReconciliation {
  private static final List<String> STATES =
      List.of(ScrapStock.REJECT_STORE, ScrapStock.AWAITING, ScrapStock.DESTROYED);
  private final JdbcClient jdbc;

  ScrapReconciliation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Per lot: rounds in the reject store, awaiting destruction, destroyed (the read model). */
  Map<String, long[]> custody() {
    Map<String, long[]> out = new HashMap<>();
    jdbc.sql("SELECT lot, state, SUM(quantity) FROM scrap_stock GROUP BY lot, state")
        .query(
            (rs, n) ->
                out.computeIfAbsent(rs.getString(1), k -> new long[3])[
                        STATES.indexOf(rs.getString(2))] +=
                    rs.getLong(3))
        .list();
    return out;
  }

  /**
   * A lot's scrap in custody checked: all that was reported ({@code f}, the ledger's figures) is in
   * the reject store, awaiting destruction or destroyed ({@code custody}); and what awaits and what
   * was destroyed agree with the moves and acts. Its figures, or null when the lot has no scrap.
   */
  static @Nullable ScrapFigures lot(
      List<Difference> diffs, String lot, long[] f, long[] custody, List<Long> ev) {
    ScrapFigures sf =
        new ScrapFigures(
            lot, f[SCRAP], f[SCRAPPED], f[DISCARDED], custody[0], custody[1], custody[2]);
    String subject = "lot " + lot;
    Reconciliation.check(
        diffs,
        subject,
        "reported scrap (line rejects + LotScrapped + RetainedSamplesDiscarded) = in reject store"
            + " + awaiting destruction + destroyed",
        sf.reported(),
        sf.inCustody(),
        ev);
    Reconciliation.check(
        diffs,
        subject,
        "awaiting destruction = ScrapAwaitingDestruction less DestructionActRecorded",
        f[TO_DESTRUCTION] - f[DESTROYED],
        sf.awaitingDestruction(),
        ev);
    Reconciliation.check(
        diffs, subject, "destroyed = DestructionActRecorded", f[DESTROYED], sf.destroyed(), ev);
    boolean any = sf.reported() != 0 || custody[0] != 0 || custody[1] != 0 || custody[2] != 0;
    return any ? sf : null;
  }

  /** The lots' scrap summed, and checked: reported = in custody. */
  static ScrapFigures total(List<Difference> diffs, List<ScrapFigures> scrap) {
    long[] s = new long[6];
    for (ScrapFigures f : scrap) {
      s[0] += f.lineRejects();
      s[1] += f.scrappedByQuality();
      s[2] += f.retainedDiscarded();
      s[3] += f.rejectStore();
      s[4] += f.awaitingDestruction();
      s[5] += f.destroyed();
    }
    ScrapFigures total = new ScrapFigures("(all lots)", s[0], s[1], s[2], s[3], s[4], s[5]);
    Reconciliation.check(
        diffs,
        "scrap (all lots)",
        "reported scrap = in reject store + awaiting destruction + destroyed",
        total.reported(),
        total.inCustody(),
        List.of());
    return total;
  }
}
