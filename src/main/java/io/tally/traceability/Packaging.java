package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.plant.PlantService;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.traceability.PackagingRequests.Aggregate;
import io.tally.traceability.PackagingRequests.Pack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Packaging units by the product's packaging levels (box of 20, can of 33 boxes, ...), each with an
 * SSCC. Only good loose rounds of a lot (quarantined or released, not yet packed) are packed.
 */
@Service
public class Packaging {
  private static final int MAX_UNITS = 10_000;
  private final Ledger ledger;
  private final Commands commands;
  private final PlantService plant;
  private final Availability availability;
  private final Units units;
  private final UnitChecks checks;
  private final SsccIssuer issuer;
  private final LedgerLock lock;
  private final Locations locations;
  private final HoldChecks holds;

  Packaging(
      Ledger ledger,
      Commands commands,
      PlantService plant,
      Availability availability,
      Units units,
      UnitChecks checks,
      SsccIssuer issuer,
      LedgerLock lock,
      Locations locations,
      HoldChecks holds) {
    this.ledger = ledger;
    this.commands = commands;
    this.plant = plant;
    this.availability = availability;
    this.units = units;
    this.checks = checks;
    this.issuer = issuer;
    this.lock = lock;
    this.locations = locations;
    this.holds = holds;
  }

  public List<UnitView> pack(Actor actor, String key, Pack r) {
    return List.of(packUnits(actor, key, r));
  }

  private UnitView[] packUnits(Actor actor, String key, Pack r) {
    String lot = Inputs.id("lot", r.lot());
    String location = Inputs.location("location", r.location());
    if (r.units() == null || r.units() < 1 || r.units() > MAX_UNITS) {
      throw CommandRejected.invalid("units", "units must be 1 to " + MAX_UNITS);
    }
    return commands.run(
        actor,
        key,
        "units.pack",
        r,
        UnitView[].class,
        () -> {
          lock.hold();
          locations.usable("location", location);
          StockState state = availability.liveState(lot);
          if (state != null) {
            holds.lotFree("lot", lot);
          }
          if (state == null) {
            throw CommandRejected.notFound("lot", "no finished lot '" + lot + "'");
          }
          if (state == StockState.HELD) {
            throw CommandRejected.conflict(
                "lot", "lot " + lot + " is held; held rounds are not packed");
          }
          String productCode = checks.productOf(lot);
          Product.PackagingLevel level = levels(productCode).get(0);
          long needed = (long) r.units() * level.contains();
          long free = availability.loose(lot, location, state);
          if (free < needed) {
            throw CommandRejected.conflict(
                "units",
                r.units()
                    + " "
                    + level.level()
                    + "es need "
                    + needed
                    + " rounds; lot "
                    + lot
                    + " has "
                    + Math.max(free, 0)
                    + " loose good rounds at "
                    + location);
          }
          List<Map<String, Object>> packed = new ArrayList<>();
          for (String sscc : issuer.next(r.units())) {
            packed.add(Map.of("sscc", sscc, "quantity", (long) level.contains()));
          }
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("lot", lot);
          p.put("product", productCode);
          p.put("location", location);
          p.put("level", level.level());
          p.put("units", packed);
          ledger.append(actor, TraceEvents.UNITS_PACKED, p);
          return packed.stream()
              .map(u -> units.find(u.get("sscc").toString()).orElseThrow())
              .toArray(UnitView[]::new);
        });
  }

  public UnitView aggregate(Actor actor, String key, Aggregate r) {
    if (r.children() == null || r.children().isEmpty()) {
      throw CommandRejected.invalid("children", "name the units to put in");
    }
    return commands.run(
        actor,
        key,
        "units.aggregate",
        r,
        UnitView.class,
        () -> {
          lock.hold();
          List<UnitView> children = checks.looseUnits("children", r.children());
          for (int i = 0; i < children.size(); i++) {
            holds.unitFree("children[" + i + "]", children.get(i));
          }
          UnitView first = children.get(0);
          int depth = checks.aggregateDepth(children, r.level(), levels(first.product()));
          Map<String, Long> contents = new TreeMap<>();
          children.forEach(
              c -> c.contents().forEach(x -> contents.merge(x.lot(), x.quantity(), Long::sum)));
          String sscc = issuer.next(1).get(0);
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("sscc", sscc);
          p.put("level", r.level());
          p.put("depth", depth);
          p.put("product", first.product());
          p.put("location", first.location());
          p.put("children", children.stream().map(c -> Map.of("sscc", c.sscc())).toList());
          p.put("contents", contentList(contents));
          ledger.append(actor, TraceEvents.UNIT_AGGREGATED, p);
          return units.find(sscc).orElseThrow();
        });
  }

  public java.util.Optional<UnitView> find(String sscc) {
    return units.find(sscc);
  }

  List<Product.PackagingLevel> levels(String productCode) {
    List<Product.PackagingLevel> levels =
        plant.plant().product(new ProductCode(productCode)).packaging();
    if (levels.isEmpty()) {
      throw CommandRejected.invalid(
          "lot", productCode + " has no packaging levels in the plant file");
    }
    return levels;
  }

  private static List<Map<String, Object>> contentList(Map<String, Long> contents) {
    return contents.entrySet().stream()
        .map(e -> Map.<String, Object>of("lot", e.getKey(), "quantity", e.getValue()))
        .toList();
  }
}
