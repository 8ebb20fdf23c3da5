package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.plant.model.PurchasedComponent;
import io.tally.traceability.IncomingEvent.ReceivingInspectionResumed;
import io.tally.traceability.IncomingRequests.Resume;
import org.springframework.stereotype.Component;

/**
 * A quality user accepts the supplier's corrective action for a discontinued receiving stream; it
 * restarts on tightened inspection. A stream that is not discontinued is refused.
 */
@Component
class ResumeReceivingStream implements CommandHandler<Resume, ReceivingStreamView> {
  private final Ledger ledger;
  private final PlantService plant;
  private final ReceivingStreams streams;

  ResumeReceivingStream(Ledger ledger, PlantService plant, ReceivingStreams streams) {
    this.ledger = ledger;
    this.plant = plant;
    this.streams = streams;
  }

  @Override
  public Class<Resume> commandType() {
    return Resume.class;
  }

  @Override
  public ReceivingStreamView handle(Resume c, Actor actor) {
    String component = ChangeSupplierApproval.component(plant, c.component());
    String supplier = Inputs.text("supplier", c.supplier(), PurchasedComponent.SUPPLIER_MAX);
    String action = Inputs.text("correctiveAction", c.correctiveAction(), 500);
    ReceivingStreams.Id id;
    try {
      id = ReceivingStreams.Id.of(plant.plant().purchased(component), supplier);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("component", e.getMessage());
    }
    if (!streams.replay(id).isDiscontinued()) {
      throw CommandRejected.conflict(
          "supplier",
          "receiving inspection of " + component + " from " + supplier + " is not discontinued");
    }
    ledger.append(
        actor, new ReceivingInspectionResumed(component, supplier, id.level(), id.aql(), action));
    return streams.view(id);
  }
}
