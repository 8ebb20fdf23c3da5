package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Event;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.quality.sampling.InspectionEvent;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.LotDecision;
import io.tally.quality.sampling.SamplingPlan;
import io.tally.traceability.IncomingEvent.ComponentLotInspected;
import io.tally.traceability.IncomingEvent.ReceivingStreamSwitched;
import io.tally.traceability.IncomingRequests.Inspect;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Receiving inspection: a quarantined lot is decided by the plan of its component and supplier's
 * stream for the lot's size; accepted releases it, not accepted rejects it, and the stream's
 * switching rules move on (tightened after two of five lots not accepted, discontinued after five
 * on tightened).
 */
@Component
class InspectComponentLot implements CommandHandler<Inspect, ComponentLotView> {
  private final Ledger ledger;
  private final PlantService plant;
  private final ComponentLots lots;
  private final ReceivingStreams streams;

  InspectComponentLot(
      Ledger ledger, PlantService plant, ComponentLots lots, ReceivingStreams streams) {
    this.ledger = ledger;
    this.plant = plant;
    this.lots = lots;
    this.streams = streams;
  }

  @Override
  public Class<Inspect> commandType() {
    return Inspect.class;
  }

  @Override
  public ComponentLotView handle(Inspect c, Actor actor) {
    Integer d = c.findings() == null ? null : c.findings().nonconforming();
    if (d == null || d < 0) {
      throw CommandRejected.invalid(
          "nonconforming", "nonconforming is required: the units found nonconforming, 0 or more");
    }
    ComponentLotView lot = lots.require("componentLot", c.componentLot());
    if (!ComponentLotView.QUARANTINE.equals(lot.state())) {
      throw CommandRejected.conflict(
          "componentLot",
          "component lot '"
              + lot.componentLot()
              + "' is "
              + lot.state()
              + "; only a lot in quarantine is inspected");
    }
    ReceivingStreams.Id id = streams.idOf(lot, plant.plant().purchased(lot.component()));
    InspectionStream stream = streams.open(id);
    SamplingPlan plan = stream.nextPlan(lot.received());
    if (d > plan.n()) {
      throw CommandRejected.invalid(
          "nonconforming", "the sample is " + plan.n() + " units; " + d + " cannot be found in it");
    }
    List<InspectionEvent> decided = stream.inspect(lot.received(), d);
    LotDecision decision = ((InspectionEvent.LotInspected) decided.get(0)).decision();
    List<Event> events = new ArrayList<>();
    events.add(
        new ComponentLotInspected(
            lot.componentLot(),
            id.component(),
            id.supplier(),
            id.level(),
            id.aql(),
            decision.severity(),
            decision.lotSize(),
            decision.n(),
            decision.ac(),
            decision.re(),
            decision.d(),
            decision.result()));
    for (InspectionEvent e : decided.subList(1, decided.size())) {
      events.add(
          new ReceivingStreamSwitched(
              id.component(), id.supplier(), id.level(), id.aql(), switchedTo(e)));
    }
    ledger.append(actor, events.toArray(Event[]::new));
    return lots.require("componentLot", lot.componentLot());
  }

  private static String switchedTo(InspectionEvent e) {
    if (e instanceof InspectionEvent.SwitchedToTightened) {
      return "TIGHTENED";
    }
    if (e instanceof InspectionEvent.SwitchedToNormal) {
      return "NORMAL";
    }
    if (e instanceof InspectionEvent.InspectionDiscontinued) {
      return "DISCONTINUED";
    }
    throw new IllegalStateException("a lot does not cause " + e);
  }
}
