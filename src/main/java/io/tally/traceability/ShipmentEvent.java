package io.tally.traceability;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a shipment's life, as {@link Shipment} decides them: created against an
 * authorisation, approved by a second person, dispatched, then received; or cancelled before
 * dispatch; once shipped, linked to the order it delivers.
 */
public sealed interface ShipmentEvent extends Event {

  /** Rounds of one lot from one location, inside a unit (its SSCC) or loose ({@code unit} null). */
  record Line(String lot, long quantity, String location, @Nullable String unit) {
    static List<Line> of(List<ShipmentView.Line> lines) {
      return lines.stream()
          .map(l -> new Line(l.lot(), l.quantity(), l.location(), l.unit()))
          .toList();
    }
  }

  /** A shipment of {@code quantity} rounds of a product to a customer under an authorisation. */
  @EventType("ShipmentCreated")
  record ShipmentCreated(
      String shipment,
      String customer,
      String authorisation,
      String product,
      long quantity,
      List<Line> lines)
      implements ShipmentEvent {}

  /** A second person's approval. */
  @EventType("ShipmentApproved")
  record ShipmentApproved(String shipment, String approvedBy) implements ShipmentEvent {}

  /** The shipment left: its lines and the units (SSCCs) it carried. */
  @EventType("ShipmentDispatched")
  record ShipmentDispatched(
      String shipment, String customer, String authorisation, List<Line> lines, List<String> units)
      implements ShipmentEvent {}

  /** Cancelled before dispatch: {@code quantity} rounds of the authorisation are free again. */
  @EventType("ShipmentCancelled")
  record ShipmentCancelled(String shipment, String authorisation, long quantity, String reason)
      implements ShipmentEvent {}

  /** The consignee's receipt: the day, who signed, the document's reference. */
  @EventType("ShipmentReceived")
  record ShipmentReceived(String shipment, LocalDate receivedOn, String receivedBy, String document)
      implements ShipmentEvent {}

  /** A shipped shipment's rounds counted against the customer order it delivers. */
  @EventType("ShipmentLinkedToOrder")
  record ShipmentLinkedToOrder(String shipment, String order, long quantity)
      implements ShipmentEvent {}
}
