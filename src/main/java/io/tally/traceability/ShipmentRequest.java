package io.tally.traceability;

import java.util.List;

/**
 * A shipment to a customer under an authorisation. Each line is either a packaging unit (its SSCC
 * in {@code unit}; the unit's content is shipped) or loose rounds: {@code lot}, {@code quantity}
 * and the {@code location} they leave from.
 */
public record ShipmentRequest(String id, String customer, String authorisation, List<Line> lines) {

  /** One line of a shipment request. */
  public record Line(String lot, Long quantity, String location, String unit) {}
}
