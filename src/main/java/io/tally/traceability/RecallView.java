package io.tally.traceability;

import io.tally.traceability.RecallEvent.Reach;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recall: OPEN until every reached customer has acknowledged, then CLOSED. {@code shipments} is
 * what it reached (fixed when opened), {@code hold} the hold on what was still in the plant.
 */
public record RecallView(
    String id,
    String subject,
    HoldKind kind,
    String reason,
    @Nullable String hold,
    String status,
    String openedBy,
    @Nullable String closedBy,
    List<Reach> shipments,
    List<Customer> customers) {

  /** The customers still to acknowledge. */
  public List<String> awaiting() {
    return customers.stream()
        .filter(c -> c.acknowledgedOn() == null)
        .map(Customer::customer)
        .toList();
  }

  /** A reached customer and its acknowledgement (nulls until it comes). */
  public record Customer(
      String customer,
      @Nullable String acknowledgedBy,
      @Nullable LocalDate acknowledgedOn,
      @Nullable String document,
      @Nullable String recordedBy) {}
}
