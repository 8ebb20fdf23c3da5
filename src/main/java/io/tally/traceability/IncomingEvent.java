package io.tally.traceability;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import io.tally.quality.sampling.LotResult;
import io.tally.quality.sampling.Severity;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The facts of incoming components (docs/traceability.md): a lot received into quarantine against a
 * supplier's certificate, sampled by its component and supplier's inspection stream and released or
 * rejected, returned to the supplier; the approved suppliers; the reasons that clear a balance
 * flag. A {@link ComponentLotReceived} with no {@link ComponentLotQuarantined} after it (every
 * receipt written before quarantine existed) is a released lot.
 */
public sealed interface IncomingEvent extends Event {

  /** A component lot into stores from a supplier (the entry type receipts always had). */
  @EventType("ComponentLotReceived")
  record ComponentLotReceived(
      String componentLot,
      String component,
      String supplier,
      String supplierLot,
      long quantity,
      String location)
      implements IncomingEvent {}

  /**
   * The lot just received waits for receiving inspection, with the supplier's certificate and the
   * date after which it may not be used (expiry) or must be tested again (re-test), if any.
   */
  @EventType("ComponentLotQuarantined")
  record ComponentLotQuarantined(
      String componentLot,
      String certificate,
      @Nullable LocalDate expiry,
      @Nullable LocalDate retest)
      implements IncomingEvent {}

  /** A supplier approved (by an admin) to deliver a component, whatever the plant file says. */
  @EventType("SupplierApproved")
  record SupplierApproved(String component, String supplier, String reason)
      implements IncomingEvent {}

  /** A supplier's approval for a component withdrawn, the plant file's included. */
  @EventType("SupplierApprovalWithdrawn")
  record SupplierApprovalWithdrawn(String component, String supplier, String reason)
      implements IncomingEvent {}

  /**
   * A quarantined lot decided by receiving inspection on the stream of its component and supplier:
   * accepted releases it, not accepted rejects it. {@code n}, {@code ac}, {@code re} are the plan;
   * {@code d} the nonconforming units found in the sample.
   */
  @EventType("ComponentLotInspected")
  record ComponentLotInspected(
      String componentLot,
      String component,
      String supplier,
      String level,
      String aql,
      Severity severity,
      long lotSize,
      int n,
      int ac,
      int re,
      int d,
      LotResult result)
      implements IncomingEvent {}

  /**
   * A receiving stream changed severity after a lot ({@code to}: NORMAL, TIGHTENED, or DISCONTINUED
   * after five lots not accepted on tightened inspection).
   */
  @EventType("ReceivingStreamSwitched")
  record ReceivingStreamSwitched(
      String component, String supplier, String level, String aql, String to)
      implements IncomingEvent {}

  /** The supplier's corrective action accepted: a discontinued stream restarts on tightened. */
  @EventType("ReceivingInspectionResumed")
  record ReceivingInspectionResumed(
      String component, String supplier, String level, String aql, String correctiveAction)
      implements IncomingEvent {}

  /** Units of a rejected lot sent back to its supplier, under the return's reference. */
  @EventType("ComponentLotReturned")
  record ComponentLotReturned(String componentLot, long quantity, String location, String reference)
      implements IncomingEvent {}

  /**
   * Why a finished lot used more or less of a component than its bill of materials expects; it
   * clears the flag for the figures it names ({@code made}: good + scrap, {@code consumed}).
   */
  @EventType("ComponentBalanceExplained")
  record ComponentBalanceExplained(
      String lot, String component, long made, long consumed, String reason)
      implements IncomingEvent {}
}
