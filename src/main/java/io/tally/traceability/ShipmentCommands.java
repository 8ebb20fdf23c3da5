package io.tally.traceability;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import org.jspecify.annotations.Nullable;

/**
 * The commands on an existing shipment, each naming it by id; creation is {@link ShipmentRequest}.
 * Each command's handler is named after it.
 */
public final class ShipmentCommands {
  private ShipmentCommands() {}

  /** Approve shipment {@code shipment}: a second person, not its creator. */
  @CommandName("shipment.approve")
  public record Approve(String shipment) implements Command<ShipmentView> {
    @Override
    public Class<ShipmentView> answerType() {
      return ShipmentView.class;
    }
  }

  /** Dispatch an approved shipment. */
  @CommandName("shipment.dispatch")
  public record Dispatch(String shipment) implements Command<ShipmentView> {
    @Override
    public Class<ShipmentView> answerType() {
      return ShipmentView.class;
    }
  }

  /** Cancel a shipment not yet dispatched, for the reason given. */
  @CommandName("shipment.cancel")
  public record Cancel(String shipment, @Nullable ShipmentCancellation request)
      implements Command<ShipmentView> {
    @Override
    public Class<ShipmentView> answerType() {
      return ShipmentView.class;
    }
  }

  /** Record the consignee's receipt of a dispatched shipment. */
  @CommandName("shipment.receive")
  public record Receive(String shipment, @Nullable ShipmentReceipt request)
      implements Command<ShipmentView> {
    @Override
    public Class<ShipmentView> answerType() {
      return ShipmentView.class;
    }
  }

  /** Link a dispatched shipment to the customer order {@code order} it delivers. */
  @CommandName("shipment.link")
  public record Link(String shipment, @Nullable String order) implements Command<ShipmentView> {
    @Override
    public Class<ShipmentView> answerType() {
      return ShipmentView.class;
    }
  }
}
