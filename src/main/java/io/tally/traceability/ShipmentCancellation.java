package io.tally.traceability;

/** Why a shipment is cancelled before dispatch. */
public record ShipmentCancellation(String reason) {}
