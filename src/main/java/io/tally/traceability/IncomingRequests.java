package io.tally.traceability;

import io.tally.input.Forms;
import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import jakarta.validation.constraints.Max;

/**
 * The commands of incoming components: supplier approvals, receiving inspection, a stream's
 * corrective action, returns to the supplier and the reasons of a component balance.
 */
public final class IncomingRequests {
  private IncomingRequests() {}

  /** Approve {@code supplier} to deliver {@code component} (ADMIN). */
  @CommandName("supplier.approve")
  public record Approve(@Ident String component, @Text String supplier, @Text String reason)
      implements Command<SupplierView> {
    @Override
    public Class<SupplierView> answerType() {
      return SupplierView.class;
    }
  }

  /** Withdraw the approval of {@code supplier} for {@code component} (ADMIN). */
  @CommandName("supplier.withdraw")
  public record Withdraw(@Ident String component, @Text String supplier, @Text String reason)
      implements Command<SupplierView> {
    @Override
    public Class<SupplierView> answerType() {
      return SupplierView.class;
    }
  }

  /** What receiving inspection found in the sample of a quarantined lot. */
  public record Findings(@Max(Forms.QUANTITY_MAX) Integer nonconforming) {}

  /** Decide quarantined component lot {@code componentLot} by its sample (QUALITY). */
  @CommandName("component.inspect")
  public record Inspect(String componentLot, Findings findings)
      implements Command<ComponentLotView> {
    @Override
    public Class<ComponentLotView> answerType() {
      return ComponentLotView.class;
    }
  }

  /** Restart a discontinued receiving stream after the supplier's corrective action (QUALITY). */
  @CommandName("component.stream.resume")
  public record Resume(
      @Ident String component, @Text String supplier, @Text String correctiveAction)
      implements Command<ReceivingStreamView> {
    @Override
    public Class<ReceivingStreamView> answerType() {
      return ReceivingStreamView.class;
    }
  }

  /** Send units of a rejected lot back to its supplier (WAREHOUSE). */
  @CommandName("component.return")
  public record Return(
      @Ident String componentLot,
      @Max(Forms.QUANTITY_MAX) Long quantity,
      @Ident String location,
      @Text String reference)
      implements Command<ComponentLotView> {
    @Override
    public Class<ComponentLotView> answerType() {
      return ComponentLotView.class;
    }
  }

  /** Why a lot's use of a component is outside the tolerance; clears its flag. */
  public record Reason(@Text String reason) {}

  /** Record the reason for the balance of {@code component} in finished lot {@code lot}. */
  @CommandName("component.balance.explain")
  public record Explain(String lot, String component, Reason reason)
      implements Command<ComponentBalanceView> {
    @Override
    public Class<ComponentBalanceView> answerType() {
      return ComponentBalanceView.class;
    }
  }
}
