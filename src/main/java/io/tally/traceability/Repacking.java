package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.traceability.PackagingRequests.Repack;
import io.tally.traceability.PackagingRequests.Split;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Repacking (a unit moved out of its parent or into another) and splitting (a box's rounds into new
 * boxes, the old SSCC retired as SPLIT), each a ledger event.
 */
@Service
public class Repacking {
  private final Ledger ledger;
  private final Commands commands;
  private final Units units;
  private final UnitChecks checks;
  private final SsccIssuer issuer;
  private final LedgerLock lock;
  private final Packaging packaging;

  Repacking(
      Ledger ledger,
      Commands commands,
      Units units,
      UnitChecks checks,
      SsccIssuer issuer,
      LedgerLock lock,
      Packaging packaging) {
    this.ledger = ledger;
    this.commands = commands;
    this.units = units;
    this.checks = checks;
    this.issuer = issuer;
    this.lock = lock;
    this.packaging = packaging;
  }

  public UnitView repack(Actor actor, String key, Repack r) {
    return commands.run(
        actor,
        key,
        "units.repack",
        r,
        UnitView.class,
        () -> {
          lock.hold();
          UnitView unit = checks.packed("unit", r.unit());
          String to = null;
          if (r.toParent() != null && !r.toParent().isBlank()) {
            UnitView parent = checks.packed("toParent", r.toParent());
            checks.fits(
                unit,
                parent,
                units.children(parent.sscc()).size(),
                packaging.levels(unit.product()));
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
              lock.hold();
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

  private static List<Map<String, Object>> contentList(List<UnitView.Content> contents) {
    return contents.stream()
        .map(c -> Map.<String, Object>of("lot", c.lot(), "quantity", c.quantity()))
        .toList();
  }
}
