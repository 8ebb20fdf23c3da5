package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Product;
import io.tally.traceability.PackagingRequests.Pack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Packs loose good rounds of a lot (quarantined or released, not held, not yet packed) into units
 * of the product's first packaging level, each with a new SSCC.
 */
@Component
class PackUnits implements CommandHandler<Pack, UnitView[]> {
  private final Ledger ledger;
  private final Packaging packaging;
  private final Availability availability;
  private final Units units;
  private final UnitChecks checks;
  private final SsccIssuer issuer;
  private final Locations locations;
  private final HoldChecks holds;

  PackUnits(
      Ledger ledger,
      Packaging packaging,
      Availability availability,
      Units units,
      UnitChecks checks,
      SsccIssuer issuer,
      Locations locations,
      HoldChecks holds) {
    this.ledger = ledger;
    this.packaging = packaging;
    this.availability = availability;
    this.units = units;
    this.checks = checks;
    this.issuer = issuer;
    this.locations = locations;
    this.holds = holds;
  }

  @Override
  public Class<Pack> commandType() {
    return Pack.class;
  }

  @Override
  public UnitView[] handle(Pack r, Actor actor) {
    String lot = Inputs.id("lot", r.lot());
    String location = Inputs.location("location", r.location());
    if (r.units() == null || r.units() < 1 || r.units() > PackagingRequests.MAX_UNITS) {
      throw CommandRejected.invalid("units", "units must be 1 to " + PackagingRequests.MAX_UNITS);
    }
    locations.usable("location", location);
    StockState state = availability.liveState(lot);
    if (state == null) {
      throw CommandRejected.notFound("lot", "no finished lot '" + lot + "'");
    }
    holds.lotFree("lot", lot);
    if (state == StockState.HELD) {
      throw CommandRejected.conflict("lot", "lot " + lot + " is held; held rounds are not packed");
    }
    String productCode = checks.productOf(lot);
    Product.PackagingLevel level = packaging.levels(productCode).get(0);
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
  }
}
