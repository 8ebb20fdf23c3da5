package io.tally.orders;

import java.time.LocalDate;

/**
 * An amendment of an authorisation under a new document: its quantity and its last valid day
 * (either may be left out to keep it), the document's reference and why.
 */
public record AuthorisationAmendment(
    Long quantity, LocalDate validTo, String documentRef, String reason) {}
