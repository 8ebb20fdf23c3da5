package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.plant.PlantService;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.traceability.ComponentRequests.Consumption;
import io.tally.traceability.ComponentRequests.Issue;
import io.tally.traceability.ComponentRequests.Scrap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Component lots after receipt ({@link ReceiveComponentLot}): issued to a line, consumed into
 * finished lots (the genealogy) or scrapped. A quantity that is not at the location named is
 * refused; so is issuing or consuming a lot that is not released or is past its expiry or re-test
 * date.
 */
@Service
public class Components {
  private final PlantService plant;
  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final Commands commands;
  private final ComponentStock stock;
  private final LedgerLock lock;
  private final Locations locations;
  private final ComponentLots lots;
  private final HoldChecks holds;

  Components(
      PlantService plant,
      JdbcClient jdbc,
      Ledger ledger,
      Commands commands,
      ComponentStock stock,
      LedgerLock lock,
      Locations locations,
      ComponentLots lots,
      HoldChecks holds) {
    this.plant = plant;
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.commands = commands;
    this.stock = stock;
    this.lock = lock;
    this.locations = locations;
    this.lots = lots;
    this.holds = holds;
  }

  public Recorded issue(Actor actor, String key, Issue r) {
    String lot = Inputs.id("componentLot", r.componentLot());
    long quantity = Quantity.positive("quantity", r.quantity());
    String from = Inputs.location("from", r.from());
    String line = Inputs.location("line", r.line());
    if (plant.plant().lines().stream().noneMatch(l -> l.id().value().equals(line))) {
      throw CommandRejected.invalid("line", "unknown line '" + line + "'");
    }
    return commands.run(
        actor,
        key,
        "component.issue",
        r,
        Recorded.class,
        () -> {
          lock.hold();
          locations.usable("from", from);
          locations.usable("line", line);
          lots.requireUsable("componentLot", lot, "issued");
          requireStock(lot, from, quantity, "quantity");
          holds.componentFree("componentLot", lot);
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("componentLot", lot);
          p.put("quantity", quantity);
          p.put("from", from);
          p.put("line", line);
          return recorded(actor, TraceEvents.COMPONENT_LOT_ISSUED, lot, p);
        });
  }

  public Recorded consume(Actor actor, String key, Consumption r) {
    String componentLot = Inputs.id("componentLot", r.componentLot());
    String lot = Inputs.id("lot", r.lot());
    long quantity = Quantity.positive("quantity", r.quantity());
    return commands.run(
        actor,
        key,
        "component.consume",
        r,
        Recorded.class,
        () -> {
          lock.hold();
          var finished =
              jdbc.sql("SELECT product, line FROM finished_lot WHERE lot = ?")
                  .param(lot)
                  .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                  .optional()
                  .orElseThrow(
                      () -> CommandRejected.notFound("lot", "no finished lot '" + lot + "'"));
          String component =
              componentOf(componentLot)
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
          requireStock(componentLot, location, quantity, "quantity");
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("componentLot", componentLot);
          p.put("component", component);
          p.put("lot", lot);
          p.put("quantity", quantity);
          p.put("location", location);
          return recorded(actor, TraceEvents.COMPONENTS_CONSUMED, componentLot, p);
        });
  }

  public Recorded scrap(Actor actor, String key, Scrap r) {
    String lot = Inputs.id("componentLot", r.componentLot());
    long quantity = Quantity.positive("quantity", r.quantity());
    String location = Inputs.location("location", r.location());
    String reason = Inputs.text("reason", r.reason(), 500);
    return commands.run(
        actor,
        key,
        "component.scrap",
        r,
        Recorded.class,
        () -> {
          lock.hold();
          locations.usable("location", location);
          requireStock(lot, location, quantity, "quantity");
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("componentLot", lot);
          p.put("quantity", quantity);
          p.put("location", location);
          p.put("reason", reason);
          return recorded(actor, TraceEvents.COMPONENTS_SCRAPPED, lot, p);
        });
  }

  void requireStock(String componentLot, String location, long quantity, String field) {
    if (componentOf(componentLot).isEmpty()) {
      throw CommandRejected.notFound("componentLot", "no component lot '" + componentLot + "'");
    }
    long have = stock.quantity(componentLot, location);
    if (have < quantity) {
      throw CommandRejected.conflict(
          field,
          "component lot '"
              + componentLot
              + "' has "
              + have
              + " at "
              + location
              + ", not "
              + quantity);
    }
  }

  Optional<String> componentOf(String componentLot) {
    return jdbc.sql("SELECT component FROM component_lot WHERE component_lot = ?")
        .param(componentLot)
        .query(String.class)
        .optional();
  }

  private Recorded recorded(Actor actor, String type, String subject, Map<String, Object> p) {
    return new Recorded(type, subject, ledger.append(actor, type, p).seq());
  }
}
