package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.Quantity;
import io.tally.traceability.ComponentRequests.Scrap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes component units off at a location, with the reason; only what is there. */
@Component
class ScrapComponents implements CommandHandler<Scrap, Recorded> {
  private final Components components;
  private final Locations locations;

  ScrapComponents(Components components, Locations locations) {
    this.components = components;
    this.locations = locations;
  }

  @Override
  public Class<Scrap> commandType() {
    return Scrap.class;
  }

  @Override
  public Recorded handle(Scrap r, Actor actor) {
    String lot = Inputs.id("componentLot", r.componentLot());
    long quantity = Quantity.positive("quantity", r.quantity());
    String location = Inputs.location("location", r.location());
    String reason = Inputs.text("reason", r.reason(), 500);
    locations.usable("location", location);
    components.requireStock(lot, location, quantity, "quantity");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("componentLot", lot);
    p.put("quantity", quantity);
    p.put("location", location);
    p.put("reason", reason);
    return components.record(actor, TraceEvents.COMPONENTS_SCRAPPED, lot, p);
  }
}
