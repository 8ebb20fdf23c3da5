package io.tally.traceability;

/**
 * The ledger entry types traceability reads (quality's, by the event contract; execution's are its
 * records) and the ones it writes (documented in docs/events.md).
 */
final class TraceEvents {
  static final String LOT_RELEASED = "LotReleased";
  static final String LOT_HELD = "LotHeld";
  static final String LOT_REWORKED = "LotReworked";
  static final String LOT_SCRAPPED = "LotScrapped";
  static final String SAMPLES_CONSUMED = "SamplesConsumed";

  static final String COMPONENT_LOT_RECEIVED = "ComponentLotReceived";
  static final String COMPONENT_LOT_ISSUED = "ComponentLotIssued";
  static final String COMPONENTS_CONSUMED = "ComponentsConsumed";
  static final String COMPONENTS_SCRAPPED = "ComponentsScrapped";
  static final String STOCK_MOVED = "StockMoved";
  static final String UNITS_PACKED = "PackagingUnitsPacked";
  static final String UNIT_AGGREGATED = "PackagingUnitAggregated";
  static final String UNIT_REPACKED = "PackagingUnitRepacked";
  static final String UNIT_SPLIT = "PackagingUnitSplit";
  static final String UNIT_MOVED = "PackagingUnitMoved";
  static final String SHIPMENT_CREATED = "ShipmentCreated";
  static final String SHIPMENT_APPROVED = "ShipmentApproved";
  static final String SHIPMENT_DISPATCHED = "ShipmentDispatched";
  static final String SHIPMENT_CANCELLED = "ShipmentCancelled";
  static final String SHIPMENT_RECEIVED = "ShipmentReceived";

  // orders' authorisations, read by the event contract for period statements.
  static final String AUTHORISATION_RECORDED = "AuthorisationRecorded";
  static final String AUTHORISATION_AMENDED = "AuthorisationAmended";

  private TraceEvents() {}
}
