package io.tally.traceability;

import io.tally.ledger.Actor;
import io.tally.ledger.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.traceability.PackagingRequests.Aggregate;
import io.tally.traceability.PackagingRequests.Pack;
import io.tally.traceability.PackagingRequests.Repack;
import io.tally.traceability.PackagingRequests.Split;
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
  private final TraceLock lock;

  Packaging(
      Ledger ledger,
      Commands commands,
      PlantService plant,
      Availability availability,
      Units units,
      UnitChecks checks,
      SsccIssuer issuer,
      TraceLock lock) {
    this.ledger = ledger;
    this.commands = commands;
    this.plant = plant;
    this.availability = availability;
    this.units = units;
    this.checks = checks;
    this.issuer = issuer;
    this.lock = lock;
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
          lock.acquire();
          StockState state = availability.liveState(lot);
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
          lock.acquire();
          List<UnitView> children = checks.looseUnits("children", r.children());
          UnitView first = children.get(0);
          List<Product.PackagingLevel> levels = levels(first.product());
          int depth = first.depth() + 1;
          if (depth >= levels.size() || !levels.get(depth).level().equals(r.level())) {
            throw CommandRejected.invalid(
                "level",
                "a "
                    + first.level()
                    + " goes into a "
                    + (depth < levels.size() ? levels.get(depth).level() : "(no higher level)")
                    + ", not '"
                    + r.level()
                    + "'");
          }
          if (children.size() > levels.get(depth).contains()) {
            throw CommandRejected.invalid(
                "children",
                "a "
                    + r.level()
                    + " holds "
                    + levels.get(depth).contains()
                    + " "
                    + first.level()
                    + "es, not "
                    + children.size());
          }
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

  public UnitView repack(Actor actor, String key, Repack r) {
    return commands.run(
        actor,
        key,
        "units.repack",
        r,
        UnitView.class,
        () -> {
          lock.acquire();
          UnitView unit = checks.packed("unit", r.unit());
          String to = null;
          if (r.toParent() != null && !r.toParent().isBlank()) {
            UnitView parent = checks.packed("toParent", r.toParent());
            checks.fits(unit, parent, units.children(parent.sscc()).size(), levels(unit.product()));
            to = parent.sscc();
          } else if (unit.parent() == null) {
            throw CommandRejected.invalid(
                "toParent", "unit " + unit.sscc() + " is in no unit; name toParent");
          }
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("unit", unit.sscc());
          p.put("fromParent", unit.parent());
          p.put("toParent", to);
          p.put("contents", contentList(unit.contents()));
          ledger.append(actor, TraceEvents.UNIT_REPACKED, p);
          return units.find(unit.sscc()).orElseThrow();
        });
  }

  public List<UnitView> split(Actor actor, String key, Split r) {
    return List.of(
        commands.run(
            actor,
            key,
            "units.split",
            r,
            UnitView[].class,
            () -> {
              lock.acquire();
              UnitView unit = checks.splittable(r.unit(), r.quantities());
              List<String> codes = issuer.next(r.quantities().size());
              List<Map<String, Object>> into = new ArrayList<>();
              for (int i = 0; i < codes.size(); i++) {
                into.add(Map.of("sscc", codes.get(i), "quantity", r.quantities().get(i)));
              }
              Map<String, Object> p = new LinkedHashMap<>();
              p.put("unit", unit.sscc());
              p.put("lot", unit.contents().get(0).lot());
              p.put("product", unit.product());
              p.put("location", unit.location());
              p.put("level", unit.level());
              p.put("into", into);
              ledger.append(actor, TraceEvents.UNIT_SPLIT, p);
              return codes.stream().map(c -> units.find(c).orElseThrow()).toArray(UnitView[]::new);
            }));
  }

  public java.util.Optional<UnitView> find(String sscc) {
    return units.find(sscc);
  }

  private List<Product.PackagingLevel> levels(String productCode) {
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

  private static List<Map<String, Object>> contentList(List<UnitView.Content> contents) {
    return contents.stream()
        .map(c -> Map.<String, Object>of("lot", c.lot(), "quantity", c.quantity()))
        .toList();
  }
}
