package io.tally.traceability;

/** The customer order a dispatched shipment delivers. */
public record ShipmentOrderLink(String order) {}
