package io.tally.orders;

import java.time.LocalDate;

/**
 * An authorisation: the quantity it allows, what orders have reserved of it ({@code ordered},
 * {@code remainingToOrder}), what has been shipped under it ({@code used}, {@code remaining}), and
 * its status: ACTIVE, SUSPENDED or REVOKED.
 */
public record Authorisation(
    String id,
    String customer,
    String product,
    long quantity,
    long used,
    long remaining,
    long ordered,
    long remainingToOrder,
    LocalDate validFrom,
    LocalDate validTo,
    String documentRef,
    long ledgerSeq,
    AuthorisationStatus status) {

  /** Whether it admits new orders and shipments on this day: active and within its period. */
  public boolean validOn(LocalDate day) {
    return isActive() && !day.isBefore(validFrom) && !day.isAfter(validTo);
  }

  public boolean isActive() {
    return status == AuthorisationStatus.ACTIVE;
  }
}
