package io.tally.traceability;

import java.util.List;

/**
 * Produced against where it went, per lot, per product and per component lot; each side counted
 * from a different source (ledger entries against the inventory read model), and every difference
 * with the ledger entries behind it. {@code openBalanceFlags} lists the component balances outside
 * their tolerance that wait for a reason; they are not differences and do not unbalance the report.
 */
public record ReconciliationReport(
    boolean balanced,
    List<LotFigures> lots,
    List<ProductFigures> products,
    List<ComponentFigures> components,
    List<Difference> differences,
    List<Adjustment> adjustments,
    List<Correction> corrections,
    List<ScrapFigures> scrap,
    ScrapFigures scrapTotal,
    List<ComponentBalanceView> openBalanceFlags,
    List<StockCorrection> stockCorrections) {

  /**
   * One lot. Counted from the ledger: countedGood/countedScrap (CountReported and count corrections
   * in effect), closedGood/closedScrap (LotClosed, null while open), reworkedIn (LotReworked into
   * this lot), adjusted (rounds stocktakes wrote off the book, StockAdjusted; found rounds count
   * negative), returned (CustomerReturnReceived). From the inventory: the states; shipped is what
   * is still out (dispatched less returned); {@code retained} are reference samples kept.
   */
  public record LotFigures(
      String lot,
      String product,
      long countedGood,
      long countedScrap,
      Long closedGood,
      Long closedScrap,
      long reworkedIn,
      long quarantine,
      long released,
      long held,
      long shipped,
      long consumedByTesting,
      long scrapped,
      long reworkedOut,
      long adjusted,
      long retained,
      long returned) {

    public long produced() {
      return countedGood + countedScrap;
    }

    public long inStock() {
      return quarantine + released + held;
    }

    public long accountedFor() {
      return inStock() + shipped + consumedByTesting + scrapped + reworkedOut + adjusted + retained;
    }
  }

  /**
   * A product's lots summed. Rework moves rounds between lots of one product, so at this level good
   * = in stock + shipped + consumed by testing + scrapped + adjusted (written off by stocktakes) +
   * retained (reference samples), where shipped is what is still out: dispatched less returned.
   */
  public record ProductFigures(
      String product,
      long produced,
      long good,
      long scrap,
      long inStock,
      long shipped,
      long consumedByTesting,
      long scrapped,
      long adjusted,
      long retained,
      long returned) {}

  /**
   * Scrap in custody of one lot (or, as {@code scrapTotal}, of all lots). Reported, from the
   * ledger: line rejects (counts as corrected), rounds scrapped by quality (LotScrapped) and
   * retained samples sent to the reject store. In custody, from the scrap read model: in the reject
   * store, awaiting destruction and destroyed. Balanced when reported = in custody.
   */
  public record ScrapFigures(
      String lot,
      long lineRejects,
      long scrappedByQuality,
      long retainedDiscarded,
      long rejectStore,
      long awaitingDestruction,
      long destroyed) {

    public long reported() {
      return lineRejects + scrappedByQuality + retainedDiscarded;
    }

    public long inCustody() {
      return rejectStore + awaitingDestruction + destroyed;
    }
  }

  /**
   * A component lot: received, consumed, scrapped and returned to the supplier from the ledger, in
   * stock from inventory.
   */
  public record ComponentFigures(
      String componentLot,
      String component,
      long received,
      long consumed,
      long inStock,
      long scrapped,
      long adjusted,
      long returned) {}

  /**
   * A count correction in effect, counted in its lot's figures: the CountCorrected entry ({@code
   * correction}) and the entry that put it into effect ({@code seq}: itself, or its approval).
   */
  public record Correction(
      long correction, long seq, String lot, long goodChange, long scrapChange) {}

  /**
   * A consumption or move correction in effect: {@code correction} the ConsumptionCorrected or
   * MoveCorrected entry, {@code seq} the entry that put it into effect (itself, or its approval),
   * {@code corrects} the entry it corrects. A consumption's (its subject the component lot, {@code
   * lot} the finished lot, {@code from} where it was consumed) {@code change} is counted in its
   * component lot's consumed units; a move's {@code quantity} of its subject (a unit or a lot) went
   * from {@code from} to {@code to} and changes no balance.
   */
  public record StockCorrection(
      long correction,
      long seq,
      long corrects,
      String kind,
      String subject,
      @org.jspecify.annotations.Nullable String lot,
      String from,
      @org.jspecify.annotations.Nullable String to,
      long quantity,
      long change) {}

  /** A rule that does not hold for a subject, by how much, and the entries behind it. */
  public record Difference(
      String subject, String rule, long expected, long actual, List<Long> events) {}

  /** A stocktake's posted difference: {@code writtenOff} rounds or units (negative when found). */
  public record Adjustment(
      long seq, String stocktake, String kind, String lot, String location, long writtenOff) {}
}
