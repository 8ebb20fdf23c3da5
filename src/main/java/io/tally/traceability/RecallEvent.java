package io.tally.traceability;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recall (docs/traceability.md): opened for a lot or component lot with every shipment and
 * customer it reached fixed in the entry, each customer's acknowledgement recorded, and closed only
 * once every reached customer has acknowledged.
 */
public sealed interface RecallEvent extends Event {

  /**
   * A recall opened; {@code reached} lists the dispatched shipments the genealogy found, {@code
   * hold} the hold it placed on what is still in the plant (placed in the same command).
   */
  @EventType("RecallOpened")
  record RecallOpened(
      String recall,
      String subject,
      HoldKind kind,
      String reason,
      @Nullable String hold,
      List<Reach> reached)
      implements RecallEvent {}

  /**
   * A reached customer's acknowledgement: who signed it, on which day, the document's reference.
   */
  @EventType("RecallAcknowledged")
  record RecallAcknowledged(
      String recall,
      String customer,
      String acknowledgedBy,
      LocalDate acknowledgedOn,
      String document)
      implements RecallEvent {}

  /** A recall closed once every reached customer acknowledged it. */
  @EventType("RecallClosed")
  record RecallClosed(String recall, int customers) implements RecallEvent {}

  /** Rounds of a lot that reached a customer on a shipment. */
  record Reach(String shipment, String customer, String lot, long quantity) {}
}
