package io.tally.orders;

/**
 * Where an authorisation stands: ACTIVE admits orders and shipments; SUSPENDED admits none until it
 * is reinstated; REVOKED is for good.
 */
public enum AuthorisationStatus {
  ACTIVE,
  SUSPENDED,
  REVOKED
}
