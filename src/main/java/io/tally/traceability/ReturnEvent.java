package io.tally.traceability;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import org.jspecify.annotations.Nullable;

/**
 * Customer returns (docs/traceability.md): rounds of a dispatched shipment come back HELD at a
 * location, then quality disposes of them: released to stock, reworked into a new lot, or scrapped.
 */
public sealed interface ReturnEvent extends Event {

  /** Rounds of {@code lot} back from {@code shipment}, HELD at {@code location}. */
  @EventType("CustomerReturnReceived")
  record CustomerReturnReceived(
      String customerReturn,
      String shipment,
      String customer,
      String authorisation,
      String lot,
      long quantity,
      String location,
      String reason,
      @Nullable String document)
      implements ReturnEvent {}

  /**
   * Quality's disposition of a return's rounds at its location: RELEASE moves them HELD to
   * RELEASED, SCRAP to SCRAPPED, REWORK to REWORKED out of the lot and into {@code newLot}
   * (QUARANTINE).
   */
  @EventType("CustomerReturnDisposed")
  record CustomerReturnDisposed(
      String customerReturn,
      Disposition disposition,
      String lot,
      long quantity,
      String location,
      @Nullable String newLot,
      String note)
      implements ReturnEvent {}

  /** What quality decides for returned rounds. */
  enum Disposition {
    RELEASE,
    REWORK,
    SCRAP
  }
}
