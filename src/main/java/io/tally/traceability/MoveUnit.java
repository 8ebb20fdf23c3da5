package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.PackagingRequests.Move;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Moves a packaging unit, with everything inside it and the rounds it holds, to another location. A
 * unit inside another moves with its parent; a unit promised to a shipment stays where the shipment
 * will take it from.
 */
@Component
class MoveUnit implements CommandHandler<Move, UnitView> {
  private final Ledger ledger;
  private final Units units;
  private final UnitChecks checks;
  private final Availability availability;
  private final Locations locations;
  private final HoldChecks holds;

  MoveUnit(
      Ledger ledger,
      Units units,
      UnitChecks checks,
      Availability availability,
      Locations locations,
      HoldChecks holds) {
    this.ledger = ledger;
    this.units = units;
    this.checks = checks;
    this.availability = availability;
    this.locations = locations;
    this.holds = holds;
  }

  @Override
  public Class<Move> commandType() {
    return Move.class;
  }

  @Override
  public UnitView handle(Move r, Actor actor) {
    String to = Inputs.location("to", r.to());
    locations.usable("to", to);
    UnitView unit = checks.packed("unit", r.unit());
    if (unit.parent() != null) {
      throw CommandRejected.conflict(
          "unit", "unit " + unit.sscc() + " is inside unit " + unit.parent() + "; move that");
    }
    if (unit.location().equals(to)) {
      throw CommandRejected.invalid("to", "unit " + unit.sscc() + " is at " + to + " already");
    }
    units
        .pendingShipment(unit.sscc())
        .ifPresent(
            s -> {
              throw CommandRejected.conflict(
                  "unit", "unit " + unit.sscc() + " is promised to shipment " + s);
            });
    holds.unitNotToDispatch("to", to, unit);
    locations.room("to", to, unit.quantity());
    List<Map<String, Object>> contents =
        unit.contents().stream()
            .map(
                c ->
                    Map.<String, Object>of(
                        "lot", c.lot(),
                        "quantity", c.quantity(),
                        "state", availability.liveState(c.lot()).name()))
            .toList();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("unit", unit.sscc());
    p.put("from", unit.location());
    p.put("to", to);
    p.put("contents", contents);
    ledger.append(actor, TraceEvents.UNIT_MOVED, p);
    return units.find(unit.sscc()).orElseThrow();
  }
}
