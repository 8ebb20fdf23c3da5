package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.PackagingRequests.Aggregate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Puts loose units of one level, none held, into a new unit of the next level (boxes into a can),
 * with a new SSCC and the lots it holds.
 */
@Component
class AggregateUnits implements CommandHandler<Aggregate, UnitView> {
  private final Ledger ledger;
  private final Packaging packaging;
  private final Units units;
  private final UnitChecks checks;
  private final SsccIssuer issuer;
  private final HoldChecks holds;

  AggregateUnits(
      Ledger ledger,
      Packaging packaging,
      Units units,
      UnitChecks checks,
      SsccIssuer issuer,
      HoldChecks holds) {
    this.ledger = ledger;
    this.packaging = packaging;
    this.units = units;
    this.checks = checks;
    this.issuer = issuer;
    this.holds = holds;
  }

  @Override
  public Class<Aggregate> commandType() {
    return Aggregate.class;
  }

  @Override
  public UnitView handle(Aggregate r, Actor actor) {
    if (r.children() == null || r.children().isEmpty()) {
      throw CommandRejected.invalid("children", "name the units to put in");
    }
    List<UnitView> children = checks.looseUnits("children", r.children());
    for (int i = 0; i < children.size(); i++) {
      holds.unitFree("children[" + i + "]", children.get(i));
    }
    UnitView first = children.get(0);
    int depth = checks.aggregateDepth(children, r.level(), packaging.levels(first.product()));
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
    p.put(
        "contents",
        contents.entrySet().stream()
            .map(e -> Map.<String, Object>of("lot", e.getKey(), "quantity", e.getValue()))
            .toList());
    ledger.append(actor, TraceEvents.UNIT_AGGREGATED, p);
    return units.find(sscc).orElseThrow();
  }
}
