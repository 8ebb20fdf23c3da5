package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import io.tally.traceability.PackagingRequests.Split;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Splits a first-level unit's rounds into new units of the quantities asked, each with a new SSCC;
 * the old SSCC is retired as SPLIT.
 */
@Component
class SplitUnit implements CommandHandler<Split, UnitView[]> {
  private final Ledger ledger;
  private final Units units;
  private final UnitChecks checks;
  private final SsccIssuer issuer;

  SplitUnit(Ledger ledger, Units units, UnitChecks checks, SsccIssuer issuer) {
    this.ledger = ledger;
    this.units = units;
    this.checks = checks;
    this.issuer = issuer;
  }

  @Override
  public Class<Split> commandType() {
    return Split.class;
  }

  @Override
  public UnitView[] handle(Split r, Actor actor) {
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
  }
}
