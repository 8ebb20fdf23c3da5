package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.plant.model.PurchasedComponent;
import io.tally.traceability.IncomingEvent.SupplierApprovalWithdrawn;
import io.tally.traceability.IncomingEvent.SupplierApproved;
import io.tally.traceability.IncomingRequests.Approve;
import io.tally.traceability.IncomingRequests.Withdraw;
import org.springframework.stereotype.Component;

/**
 * An admin approves a supplier for a component, or withdraws an approval (the plant file's
 * included), with the reason. Approving the approved, or withdrawing what is not, is refused.
 */
final class ChangeSupplierApproval {
  private ChangeSupplierApproval() {}

  static String component(PlantService plant, String component) {
    String code = Inputs.id("component", component);
    boolean inBom =
        plant.plant().products().stream()
            .anyMatch(p -> p.bom().stream().anyMatch(b -> b.component().equals(code)));
    if (!inBom) {
      throw CommandRejected.invalid(
          "component", "component '" + code + "' is in no product's bill of materials");
    }
    return code;
  }

  /** Approves a supplier. */
  @Component
  static class ApproveSupplier implements CommandHandler<Approve, SupplierView> {
    private final Ledger ledger;
    private final PlantService plant;
    private final SupplierApprovals suppliers;

    ApproveSupplier(Ledger ledger, PlantService plant, SupplierApprovals suppliers) {
      this.ledger = ledger;
      this.plant = plant;
      this.suppliers = suppliers;
    }

    @Override
    public Class<Approve> commandType() {
      return Approve.class;
    }

    @Override
    public SupplierView handle(Approve c, Actor actor) {
      String component = component(plant, c.component());
      String supplier = Inputs.text("supplier", c.supplier(), PurchasedComponent.SUPPLIER_MAX);
      String reason = Inputs.text("reason", c.reason(), 500);
      if (suppliers.approved(component, supplier)) {
        throw CommandRejected.conflict(
            "supplier", "supplier '" + supplier + "' is approved for " + component + " already");
      }
      ledger.append(actor, new SupplierApproved(component, supplier, reason));
      return suppliers.find(component, supplier);
    }
  }

  /** Withdraws a supplier's approval. */
  @Component
  static class WithdrawSupplier implements CommandHandler<Withdraw, SupplierView> {
    private final Ledger ledger;
    private final PlantService plant;
    private final SupplierApprovals suppliers;

    WithdrawSupplier(Ledger ledger, PlantService plant, SupplierApprovals suppliers) {
      this.ledger = ledger;
      this.plant = plant;
      this.suppliers = suppliers;
    }

    @Override
    public Class<Withdraw> commandType() {
      return Withdraw.class;
    }

    @Override
    public SupplierView handle(Withdraw c, Actor actor) {
      String component = component(plant, c.component());
      String supplier = Inputs.text("supplier", c.supplier(), PurchasedComponent.SUPPLIER_MAX);
      String reason = Inputs.text("reason", c.reason(), 500);
      if (!suppliers.approved(component, supplier)) {
        throw CommandRejected.conflict(
            "supplier", "supplier '" + supplier + "' is not approved for " + component);
      }
      ledger.append(actor, new SupplierApprovalWithdrawn(component, supplier, reason));
      return suppliers.find(component, supplier);
    }
  }
}
