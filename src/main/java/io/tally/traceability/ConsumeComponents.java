package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.plant.PlantService;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.traceability.ComponentRequests.Consumption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consumes component units into a finished lot (the genealogy): a component of the lot's bill of
 * materials, from a released lot within its dates, taken at the location named (default the lot's
 * line) where the quantity is.
 */
@Component
class ConsumeComponents implements CommandHandler<Consumption, Recorded> {
  private final PlantService plant;
  private final JdbcClient jdbc;
  private final Components components;
  private final Locations locations;
  private final ComponentLots lots;

  ConsumeComponents(
      PlantService plant,
      JdbcClient jdbc,
      Components components,
      Locations locations,
      ComponentLots lots) {
    this.plant = plant;
    this.jdbc = jdbc;
    this.components = components;
    this.locations = locations;
    this.lots = lots;
  }

  @Override
  public Class<Consumption> commandType() {
    return Consumption.class;
  }

  @Override
  public Recorded handle(Consumption r, Actor actor) {
    String componentLot = Inputs.id("componentLot", r.componentLot());
    String lot = Inputs.id("lot", r.lot());
    long quantity = Quantity.positive("quantity", r.quantity());
    var finished =
        jdbc.sql("SELECT product, line FROM finished_lot WHERE lot = ?")
            .param(lot)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .optional()
            .orElseThrow(() -> CommandRejected.notFound("lot", "no finished lot '" + lot + "'"));
    String component =
        components
            .componentOf(componentLot)
            .orElseThrow(
                () ->
                    CommandRejected.notFound(
                        "componentLot", "no component lot '" + componentLot + "'"));
    Product product = plant.plant().product(new ProductCode(finished[0]));
    if (product.bom().stream().noneMatch(b -> b.component().equals(component))) {
      throw CommandRejected.invalid(
          "componentLot",
          "component '" + component + "' is not in the bill of materials of " + finished[0]);
    }
    String location =
        r.location() == null || r.location().isBlank()
            ? finished[1]
            : Inputs.location("location", r.location());
    if (location == null) {
      throw CommandRejected.invalid("location", "the lot's line is unknown: name a location");
    }
    locations.usable("location", location);
    lots.requireUsable("componentLot", componentLot, "consumed");
    components.requireStock(componentLot, location, quantity, "quantity");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("componentLot", componentLot);
    p.put("component", component);
    p.put("lot", lot);
    p.put("quantity", quantity);
    p.put("location", location);
    return components.record(actor, TraceEvents.COMPONENTS_CONSUMED, componentLot, p);
  }
}
