package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.plant.model.PurchasedComponent;
import io.tally.traceability.ComponentRequests.Receipt;
import io.tally.traceability.IncomingEvent.ComponentLotQuarantined;
import io.tally.traceability.IncomingEvent.ComponentLotReceived;
import java.time.LocalDate;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Receives a component lot into stores, in quarantine until receiving inspection decides it: from a
 * supplier approved for the component only, with the supplier's certificate, and an expiry or
 * re-test date that has not passed.
 */
@Component
class ReceiveComponentLot implements CommandHandler<Receipt, Recorded> {
  private final Ledger ledger;
  private final PlantService plant;
  private final Locations locations;
  private final ComponentLots lots;
  private final SupplierApprovals suppliers;

  ReceiveComponentLot(
      Ledger ledger,
      PlantService plant,
      Locations locations,
      ComponentLots lots,
      SupplierApprovals suppliers) {
    this.ledger = ledger;
    this.plant = plant;
    this.locations = locations;
    this.lots = lots;
    this.suppliers = suppliers;
  }

  @Override
  public Class<Receipt> commandType() {
    return Receipt.class;
  }

  @Override
  public Recorded handle(Receipt r, Actor actor) {
    String lot = Inputs.id("componentLot", r.componentLot());
    String component = known(Inputs.id("component", r.component()));
    String supplier = Inputs.text("supplier", r.supplier(), PurchasedComponent.SUPPLIER_MAX);
    String supplierLot = Inputs.id("supplierLot", r.supplierLot());
    long quantity = Quantity.positive("quantity", r.quantity());
    String certificate = Inputs.text("certificate", r.certificate(), 100);
    LocalDate today = lots.today();
    notPassed("expiry", r.expiry(), today);
    notPassed("retest", r.retest(), today);
    if (!suppliers.approved(component, supplier)) {
      throw CommandRejected.invalid(
          "supplier",
          "supplier '"
              + supplier
              + "' is not approved for component "
              + component
              + "; approved: "
              + suppliers.approvedFor(component));
    }
    String location = locations.usable("location", r.location());
    if (lots.find(lot).isPresent()) {
      throw CommandRejected.conflict(
          "componentLot", "component lot '" + lot + "' was received already");
    }
    long seq =
        ledger
            .append(
                actor,
                new ComponentLotReceived(lot, component, supplier, supplierLot, quantity, location),
                new ComponentLotQuarantined(lot, certificate, r.expiry(), r.retest()))
            .get(0)
            .seq();
    return new Recorded("ComponentLotReceived", lot, seq);
  }

  private String known(String component) {
    TreeSet<String> codes = new TreeSet<>();
    plant.plant().products().forEach(p -> p.bom().forEach(b -> codes.add(b.component())));
    if (!codes.contains(component)) {
      throw CommandRejected.invalid(
          "component",
          "component '" + component + "' is in no product's bill of materials; known: " + codes);
    }
    return component;
  }

  private static void notPassed(String field, @Nullable LocalDate date, LocalDate today) {
    if (date != null && date.isBefore(today)) {
      throw CommandRejected.invalid(
          field, field + " date " + date + " has passed (today is " + today + ")");
    }
  }
}
