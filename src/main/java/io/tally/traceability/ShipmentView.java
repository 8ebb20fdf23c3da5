package io.tally.traceability;

import java.util.List;

/** A shipment as recorded, with its lines, who created and approved it, and its entries. */
public record ShipmentView(
    String id,
    String customer,
    String authorisation,
    String product,
    long quantity,
    ShipmentStatus status,
    String createdBy,
    long createdSeq,
    String approvedBy,
    Long approvedSeq,
    Long dispatchedSeq,
    List<Line> lines) {

  /** Rounds of one lot from one location, inside a unit or loose. */
  public record Line(String lot, long quantity, String location, String unit) {}
}
