package io.tally.traceability;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Holds on demand (docs/traceability.md): a lot or component lot, and with {@code downstream}
 * everything the genealogy found made from it, stops moving to dispatch, being packed, shipped or
 * issued until the hold is released with a reason.
 */
public sealed interface HoldEvent extends Event {

  /**
   * A hold placed on {@code subject}; {@code items} is what it holds, fixed when it was placed (the
   * subject first); {@code recall} names the recall that placed it, if one did.
   */
  @EventType("HoldPlaced")
  record HoldPlaced(
      String hold,
      String subject,
      HoldKind kind,
      String reason,
      boolean downstream,
      @Nullable String recall,
      List<HeldItem> items)
      implements HoldEvent {}

  /** A hold lifted, with why (the actor releases it). */
  @EventType("HoldReleased")
  record HoldReleased(String hold, String reason) implements HoldEvent {}

  /** One thing a hold holds. */
  record HeldItem(HoldKind kind, String id) {}
}
