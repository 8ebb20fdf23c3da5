package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.plant.PlantService;
import io.tally.traceability.ComponentRequests.Issue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Issues component units from stores to a line: a released lot, within its expiry or re-test date,
 * not held, with the quantity at the location it leaves.
 */
@Component
class IssueComponents implements CommandHandler<Issue, Recorded> {
  private final PlantService plant;
  private final Components components;
  private final Locations locations;
  private final ComponentLots lots;
  private final HoldChecks holds;

  IssueComponents(
      PlantService plant,
      Components components,
      Locations locations,
      ComponentLots lots,
      HoldChecks holds) {
    this.plant = plant;
    this.components = components;
    this.locations = locations;
    this.lots = lots;
    this.holds = holds;
  }

  @Override
  public Class<Issue> commandType() {
    return Issue.class;
  }

  @Override
  public Recorded handle(Issue r, Actor actor) {
    String lot = Inputs.id("componentLot", r.componentLot());
    long quantity = Quantity.positive("quantity", r.quantity());
    String from = Inputs.location("from", r.from());
    String line = Inputs.location("line", r.line());
    if (plant.plant().lines().stream().noneMatch(l -> l.id().value().equals(line))) {
      throw CommandRejected.invalid("line", "unknown line '" + line + "'");
    }
    locations.usable("from", from);
    locations.usable("line", line);
    lots.requireUsable("componentLot", lot, "issued");
    components.requireStock(lot, from, quantity, "quantity");
    holds.componentFree("componentLot", lot);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("componentLot", lot);
    p.put("quantity", quantity);
    p.put("from", from);
    p.put("line", line);
    return components.record(actor, TraceEvents.COMPONENT_LOT_ISSUED, lot, p);
  }
}
