package io.tally.execution;

import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Events;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules count corrections share ({@link CorrectCount}, {@link ApproveCountCorrection}): the
 * report a correction names, and the lot as it would stand after it, put to every module that uses
 * its rounds (see {@link LotClaims}).
 */
@Component
class CountCorrections {
  private final LedgerEntries entries;
  private final ExecutionQueries queries;
  private final List<LotClaims> claims;

  CountCorrections(LedgerEntries entries, ExecutionQueries queries, List<LotClaims> claims) {
    this.entries = entries;
    this.queries = queries;
    this.claims = claims;
  }

  CountReported report(long seq) {
    LedgerEntry entry =
        entries
            .find(seq)
            .orElseThrow(
                () ->
                    CommandRejected.notFound(
                        "corrects", "ledger entry " + seq + " does not exist"));
    return Events.read(entry, CountReported.class)
        .orElseThrow(
            () ->
                CommandRejected.invalid(
                    "corrects",
                    "ledger entry " + seq + " is a " + entry.type() + ", not a CountReported"));
  }

  /** The lot as it would stand after the change, put to every module that uses its rounds. */
  void admit(String lot, long goodChange) {
    ProductionLotView now = queries.lot(lot).orElseThrow();
    long after = now.good() + goodChange;
    if (after < 0) {
      throw CommandRejected.invalid(
          "good", "lot " + lot + " would have " + after + " good rounds; it has " + now.good());
    }
    for (LotClaims c : claims) {
      c.admit(lot, after, goodChange);
    }
  }
}
