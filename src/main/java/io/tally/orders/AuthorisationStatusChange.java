package io.tally.orders;

/** A suspension, reinstatement or revocation of an authorisation: its document and why. */
public record AuthorisationStatusChange(String documentRef, String reason) {}
