package io.tally.traceability;

/**
 * Where a shipment is in its life: created, approved by a second person, dispatched (in transit),
 * then received by the consignee; or cancelled before dispatch. {@link Shipment} holds the rules of
 * which verb applies in which status.
 */
public enum ShipmentStatus {
  CREATED,
  APPROVED,
  DISPATCHED,
  RECEIVED,
  CANCELLED;

  /** Not yet dispatched: its rounds and units are promised to it and it may still be cancelled. */
  public boolean pending() {
    return this == CREATED || this == APPROVED;
  }

  /** Dispatched, in transit or received: its rounds have left the plant. */
  public boolean shipped() {
    return this == DISPATCHED || this == RECEIVED;
  }
}
