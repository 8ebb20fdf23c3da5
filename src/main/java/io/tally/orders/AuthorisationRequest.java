package io.tally.orders;

import java.time.LocalDate;

/**
 * A request to record an authorisation: a contract or order that allows a customer a quantity of a
 * product in a period, with the reference of the signed document.
 */
public record AuthorisationRequest(
    String id,
    String customer,
    String product,
    Long quantity,
    LocalDate validFrom,
    LocalDate validTo,
    String documentRef) {}
