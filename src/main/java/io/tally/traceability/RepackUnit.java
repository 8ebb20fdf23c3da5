package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.PackagingRequests.Repack;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Takes a unit out of its parent and, when one is named, puts it into another that it fits. */
@Component
class RepackUnit implements CommandHandler<Repack, UnitView> {
  private final Ledger ledger;
  private final Packaging packaging;
  private final Units units;
  private final UnitChecks checks;

  RepackUnit(Ledger ledger, Packaging packaging, Units units, UnitChecks checks) {
    this.ledger = ledger;
    this.packaging = packaging;
    this.units = units;
    this.checks = checks;
  }

  @Override
  public Class<Repack> commandType() {
    return Repack.class;
  }

  @Override
  public UnitView handle(Repack r, Actor actor) {
    UnitView unit = checks.packed("unit", r.unit());
    String to = null;
    if (r.toParent() != null && !r.toParent().isBlank()) {
      UnitView parent = checks.packed("toParent", r.toParent());
      checks.fits(
          unit, parent, units.children(parent.sscc()).size(), packaging.levels(unit.product()));
      to = parent.sscc();
    } else if (unit.parent() == null) {
      throw CommandRejected.invalid(
          "toParent", "unit " + unit.sscc() + " is in no unit; name toParent");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("unit", unit.sscc());
    p.put("fromParent", unit.parent());
    p.put("toParent", to);
    p.put(
        "contents",
        unit.contents().stream()
            .map(c -> Map.<String, Object>of("lot", c.lot(), "quantity", c.quantity()))
            .toList());
    ledger.append(actor, TraceEvents.UNIT_REPACKED, p);
    return units.find(unit.sscc()).orElseThrow();
  }
}
