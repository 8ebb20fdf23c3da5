package io.tally.orders;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import java.time.LocalDate;

/**
 * The facts the orders module records in the ledger (docs/events.md): authorisations and the orders
 * placed under them, and their changes. Each record's components are its payload's fields, so their
 * names and types are part of every entry's hash.
 */
public sealed interface OrderEvent extends Event {

  /** A customer order placed under an authorisation of its customer. */
  @EventType("OrderRecorded")
  record OrderRecorded(
      String order,
      String customer,
      String authorisation,
      String product,
      long quantity,
      LocalDate due,
      int priority)
      implements OrderEvent {}

  /** An open order's quantity or due day changed, and why. */
  @EventType("OrderAmended")
  record OrderAmended(
      String order,
      String authorisation,
      long quantity,
      long previousQuantity,
      LocalDate due,
      String reason)
      implements OrderEvent {}

  /**
   * An open order closed before it was fulfilled; {@code released} goes back to the authorisation.
   */
  @EventType("OrderClosed")
  record OrderClosed(String order, String authorisation, long released, String reason)
      implements OrderEvent {}

  /** A customer allowed a quantity of a product in a period, under a signed document. */
  @EventType("AuthorisationRecorded")
  record AuthorisationRecorded(
      String id,
      String customer,
      String product,
      long quantity,
      LocalDate validFrom,
      LocalDate validTo,
      String documentRef)
      implements OrderEvent {}

  /** An authorisation's quantity or last valid day changed under a new document. */
  @EventType("AuthorisationAmended")
  record AuthorisationAmended(
      String id, long quantity, LocalDate validTo, String documentRef, String reason)
      implements OrderEvent {}

  /** An authorisation suspended: no new orders or shipments under it until reinstated. */
  @EventType("AuthorisationSuspended")
  record AuthorisationSuspended(String id, String documentRef, String reason)
      implements OrderEvent {}

  /** A suspended authorisation in force again. */
  @EventType("AuthorisationReinstated")
  record AuthorisationReinstated(String id, String documentRef, String reason)
      implements OrderEvent {}

  /** An authorisation revoked for good. */
  @EventType("AuthorisationRevoked")
  record AuthorisationRevoked(String id, String documentRef, String reason) implements OrderEvent {}
}
