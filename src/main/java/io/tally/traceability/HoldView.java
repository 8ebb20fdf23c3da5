package io.tally.traceability;

import io.tally.traceability.HoldEvent.HeldItem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hold: ACTIVE until released with a reason. {@code items} is what it holds (fixed when placed);
 * {@code stock} is where the held lots and component lots are in stock now.
 */
public record HoldView(
    String id,
    String subject,
    HoldKind kind,
    String reason,
    boolean downstream,
    @Nullable String recall,
    String status,
    String placedBy,
    @Nullable String releasedBy,
    @Nullable String releaseReason,
    List<HeldItem> items,
    List<Inventory.StockLine> stock) {

  public boolean active() {
    return status.equals("ACTIVE");
  }
}
