package io.tally.orders;

import java.time.LocalDate;

/**
 * An authorisation: the quantity it allows, what orders have reserved of it ({@code ordered},
 * {@code remainingToOrder}) and what has been shipped under it ({@code used}, {@code remaining}).
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
    long ledgerSeq) {

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }
}
