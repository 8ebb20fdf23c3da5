package io.tally.traceability;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Corrections of component consumptions and of moves (docs/traceability.md): each names the entry
 * it corrects (the ledger's {@code corrects} column and its own field), says why, and is pending
 * until a second person approves it when it changes more than the configured size.
 */
public sealed interface StockCorrectionEvent extends Event {

  /** What a consumption correction, or its approval, does to the genealogy and component stock. */
  interface ConsumptionChange {
    long consumption();

    String componentLot();

    String lot();

    String location();

    /** Units added to the consumption (negative: returned to stock at the location). */
    long change();

    boolean inEffect();
  }

  /**
   * What a move correction, or its approval, does: the stock goes from {@code from} to {@code to}.
   */
  interface MoveChange {
    long move();

    Material material();

    @Nullable String unit();

    String from();

    String to();

    List<Moved> contents();

    boolean inEffect();
  }

  /** What a move carried: a packaging unit, loose finished rounds, or component units. */
  enum Material {
    UNIT,
    FINISHED,
    COMPONENT
  }

  /** Rounds of a finished lot in a stock state, or units of a component lot (state null). */
  record Moved(String lot, @Nullable StockState state, long quantity) {}

  /**
   * Consumption {@code consumption} (a ComponentsConsumed) should have been {@code quantity} units
   * (0 when {@code voided}); {@code change} is that less what it carries now.
   */
  @EventType("ConsumptionCorrected")
  record ConsumptionCorrected(
      long consumption,
      String componentLot,
      String component,
      String lot,
      String location,
      long quantity,
      long change,
      boolean voided,
      String reason,
      boolean pending)
      implements StockCorrectionEvent, ConsumptionChange {
    @Override
    public boolean inEffect() {
      return !pending;
    }
  }

  /** A pending consumption correction approved by a second person; it takes effect here. */
  @EventType("ConsumptionCorrectionApproved")
  record ConsumptionCorrectionApproved(
      long correction,
      long consumption,
      String componentLot,
      String lot,
      String location,
      long change)
      implements StockCorrectionEvent, ConsumptionChange {
    @Override
    public boolean inEffect() {
      return true;
    }
  }

  /**
   * Move {@code move} (a PackagingUnitMoved or StockMoved) went to the wrong place: what it moved
   * goes from {@code from} (where the move put it) to {@code to} (where it was, when {@code
   * voided}, or where it should have gone).
   */
  @EventType("MoveCorrected")
  record MoveCorrected(
      long move,
      Material material,
      @Nullable String unit,
      String from,
      String to,
      List<Moved> contents,
      boolean voided,
      String reason,
      boolean pending)
      implements StockCorrectionEvent, MoveChange {
    @Override
    public boolean inEffect() {
      return !pending;
    }
  }

  /** A pending move correction approved by a second person; it takes effect here. */
  @EventType("MoveCorrectionApproved")
  record MoveCorrectionApproved(
      long correction,
      long move,
      Material material,
      @Nullable String unit,
      String from,
      String to,
      List<Moved> contents)
      implements StockCorrectionEvent, MoveChange {
    @Override
    public boolean inEffect() {
      return true;
    }
  }
}
