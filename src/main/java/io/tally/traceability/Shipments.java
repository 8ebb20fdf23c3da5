package io.tally.traceability;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Shipments as recorded: created against an authorisation ({@link CreateShipment}), approved by a
 * second person, then dispatched; {@link Shipment} holds the rules of their life.
 */
@Service
public class Shipments {
  private final ShipmentQueries queries;

  Shipments(ShipmentQueries queries) {
    this.queries = queries;
  }

  public Optional<ShipmentView> find(String id) {
    return queries.find(id);
  }

  /** The newest shipments, newest first, at most {@code limit}. */
  public List<ShipmentView> recent(int limit) {
    return queries.recent(limit);
  }
}
