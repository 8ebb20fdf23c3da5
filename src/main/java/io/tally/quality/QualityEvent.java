package io.tally.quality;

import io.tally.execution.lot.LotNumber;
import io.tally.ledger.Event;
import io.tally.ledger.EventField;
import io.tally.ledger.EventType;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.quality.sampling.CodeLetter;
import io.tally.quality.sampling.ProductionRate;
import io.tally.quality.sampling.RuleSet;
import io.tally.quality.sampling.Severity;
import io.tally.quality.sampling.Submission;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The facts quality records in the ledger, the contract traceability reads (docs/events.md). A
 * nonconformity class is written under {@code class}; a stream is named by product, line, class,
 * inspection level and AQL as the plant file gave them.
 */
public sealed interface QualityEvent extends Event {

  /**
   * The decision on one class of a lot: the contract's fields plus the edition, submission, level,
   * AQL, lot size and units destroyed, so the decision can be shown, and the stream rebuilt,
   * without the plant file.
   */
  @EventType("InspectionRecorded")
  record InspectionRecorded(
      LotNumber lot,
      ProductCode product,
      LineId line,
      @EventField("class") String nonconformityClass,
      RuleSet ruleSet,
      String edition,
      Submission submission,
      Severity severity,
      String level,
      String aql,
      long lotSize,
      CodeLetter letter,
      CodeLetter planLetter,
      int n,
      int ac,
      int re,
      boolean fullInspection,
      int d,
      Result result,
      long destroyed,
      String inspector,
      Instant at)
      implements QualityEvent {}

  /** What an inspection decided on its class. */
  enum Result {
    ACCEPT,
    REJECT
  }

  /** The switching rules moved a stream between severities after a lot, for the record. */
  @EventType("InspectionSeverityChanged")
  record InspectionSeverityChanged(
      ProductCode product,
      LineId line,
      @EventField("class") String nonconformityClass,
      LotNumber afterLot,
      Severity from,
      Severity to,
      String reason,
      Instant at)
      implements QualityEvent {}

  /** The switching rules discontinued a stream after this many lots not accepted on tightened. */
  @EventType("InspectionDiscontinued")
  record InspectionDiscontinued(
      ProductCode product,
      LineId line,
      @EventField("class") String nonconformityClass,
      LotNumber afterLot,
      int lotsNotAccepted,
      Instant at)
      implements QualityEvent {}

  /** Units of a lot destroyed by testing. */
  @EventType("SamplesConsumed")
  record SamplesConsumed(LotNumber lot, long quantity, Instant at) implements QualityEvent {}

  /** A lot released, on its inspections or by a concession a second person approved. */
  @EventType("LotReleased")
  record LotReleased(
      LotNumber lot,
      ProductCode product,
      long quantity,
      Instant at,
      boolean byConcession,
      @Nullable String approvedBy)
      implements QualityEvent {}

  /** A lot held, with the classes not accepted or another reason. */
  @EventType("LotHeld")
  record LotHeld(LotNumber lot, String reason, Instant at) implements QualityEvent {}

  /** A held lot's rounds reworked into a new lot, the old number with the next suffix letter. */
  @EventType("LotReworked")
  record LotReworked(LotNumber lot, LotNumber newLot, long quantity, String reason, Instant at)
      implements QualityEvent {}

  /** A held lot's rounds scrapped. */
  @EventType("LotScrapped")
  record LotScrapped(LotNumber lot, long quantity, String reason, Instant at)
      implements QualityEvent {}

  /** A concession asked for a held lot; another person must approve it. */
  @EventType("ConcessionRequested")
  record ConcessionRequested(LotNumber lot, String reason, String requestedBy, Instant at)
      implements QualityEvent {}

  /** A concession approved by a second person; the lot's release follows. */
  @EventType("ConcessionApproved")
  record ConcessionApproved(LotNumber lot, String requestedBy, String approvedBy, Instant at)
      implements QualityEvent {}

  /** Reduced inspection approved for a stream whose switching score allowed it. */
  @EventType("ReducedInspectionApproved")
  record ReducedInspectionApproved(
      ProductCode product,
      LineId line,
      @EventField("class") String nonconformityClass,
      String level,
      String aql,
      String approvedBy,
      Instant at,
      int switchingScore,
      ProductionRate production)
      implements QualityEvent {}

  /** Corrective action recorded for a discontinued stream, which restarts on tightened. */
  @EventType("CorrectiveActionRecorded")
  record CorrectiveActionRecorded(
      ProductCode product,
      LineId line,
      @EventField("class") String nonconformityClass,
      String level,
      String aql,
      String approvedBy,
      Instant at,
      String action)
      implements QualityEvent {}
}
