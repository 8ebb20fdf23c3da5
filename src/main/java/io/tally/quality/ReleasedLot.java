package io.tally.quality;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A released lot as its release certificate states it: the quantities, each class's sampling plan
 * and result, the concession if it was released by one, and the ledger entry that released it.
 */
public record ReleasedLot(
    String lot,
    String product,
    String line,
    long good,
    long scrap,
    long consumed,
    long releasedQuantity,
    Instant releasedAt,
    long releasedSeq,
    String releasedHash,
    @Nullable String concessionApprovedBy,
    @Nullable String concessionReason,
    List<Inspection> inspections) {

  /** One class's decision: the plan (code letter, n, Ac, Re at the AQL) and what was found. */
  public record Inspection(
      String nonconformityClass,
      String edition,
      String severity,
      String level,
      String aql,
      long lotSize,
      String planLetter,
      int n,
      int ac,
      int re,
      int d,
      String result,
      String inspector,
      Instant at) {}
}
