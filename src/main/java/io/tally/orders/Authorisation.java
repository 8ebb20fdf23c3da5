package io.tally.orders;

import java.time.LocalDate;

/** An authorisation with what is used of it so far and what remains. */
public record Authorisation(
    String id,
    String customer,
    String product,
    long quantity,
    long used,
    long remaining,
    LocalDate validFrom,
    LocalDate validTo,
    String documentRef,
    long ledgerSeq) {

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }
}
