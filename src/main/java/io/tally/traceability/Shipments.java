package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.orders.Authorisation;
import io.tally.orders.Authorisations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Shipments: created against an authorisation (WAREHOUSE), approved by a second person, then
 * dispatched. Nothing leaves without a valid authorisation with enough remaining quantity, released
 * lots, and units not shipped before.
 */
@Service
public class Shipments {
  private final Ledger ledger;
  private final Commands commands;
  private final Authorisations authorisations;
  private final ShipmentLines shipmentLines;
  private final ShipmentGuards guards;
  private final ShipmentQueries queries;
  private final LedgerLock lock;
  private final HoldChecks holds;

  Shipments(
      Ledger ledger,
      Commands commands,
      Authorisations authorisations,
      ShipmentLines shipmentLines,
      ShipmentGuards guards,
      ShipmentQueries queries,
      LedgerLock lock,
      HoldChecks holds) {
    this.ledger = ledger;
    this.commands = commands;
    this.authorisations = authorisations;
    this.shipmentLines = shipmentLines;
    this.guards = guards;
    this.queries = queries;
    this.lock = lock;
    this.holds = holds;
  }

  public ShipmentView create(Actor actor, String key, ShipmentRequest r) {
    String id = Inputs.id("id", r.id());
    String customer = Inputs.id("customer", r.customer());
    String authId = Inputs.id("authorisation", r.authorisation());
    return commands.run(
        actor,
        key,
        "shipment.create",
        r,
        ShipmentView.class,
        () -> {
          lock.hold();
          if (find(id).isPresent()) {
            throw CommandRejected.conflict("id", "shipment '" + id + "' exists already");
          }
          Authorisation auth =
              authorisations
                  .find(authId)
                  .orElseThrow(
                      () ->
                          CommandRejected.notFound(
                              "authorisation", "no authorisation '" + authId + "'"));
          if (!auth.customer().equals(customer)) {
            throw CommandRejected.invalid(
                "customer",
                "authorisation "
                    + authId
                    + " is for customer "
                    + auth.customer()
                    + ", not "
                    + customer);
          }
          guards.requireValidToday(auth);
          List<ShipmentView.Line> lines = shipmentLines.resolve(r.lines(), auth.product());
          holds.shipmentFree("lines", lines);
          long quantity = lines.stream().mapToLong(ShipmentView.Line::quantity).sum();
          if (quantity > auth.remaining()) {
            throw CommandRejected.invalid(
                "lines",
                "the shipment holds "
                    + quantity
                    + " rounds; authorisation "
                    + authId
                    + " has "
                    + auth.remaining()
                    + " of "
                    + auth.quantity()
                    + " remaining");
          }
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("shipment", id);
          p.put("customer", customer);
          p.put("authorisation", authId);
          p.put("product", auth.product());
          p.put("quantity", quantity);
          p.put("lines", payload(lines));
          ledger.append(actor, TraceEvents.SHIPMENT_CREATED, p);
          return find(id).orElseThrow();
        });
  }

  public ShipmentView approve(Actor actor, String key, String shipmentId) {
    return commands.run(
        actor,
        key,
        "shipment.approve",
        Map.of("shipment", shipmentId),
        ShipmentView.class,
        () -> {
          lock.hold();
          ShipmentView s = existing(shipmentId);
          if (!s.status().equals("CREATED")) {
            throw CommandRejected.conflict(
                "status",
                "shipment " + shipmentId + " is " + s.status() + ", not awaiting approval");
          }
          if (s.createdBy().equals(actor.name())) {
            throw CommandRejected.conflict(
                "approver",
                actor.name()
                    + " created shipment "
                    + shipmentId
                    + "; a second person must approve it");
          }
          ledger.append(
              actor,
              TraceEvents.SHIPMENT_APPROVED,
              Map.of("shipment", shipmentId, "approvedBy", actor.name()));
          return existing(shipmentId);
        });
  }

  public ShipmentView dispatch(Actor actor, String key, String shipmentId) {
    return commands.run(
        actor,
        key,
        "shipment.dispatch",
        Map.of("shipment", shipmentId),
        ShipmentView.class,
        () -> {
          lock.hold();
          ShipmentView s = existing(shipmentId);
          if (!s.status().equals("APPROVED")) {
            throw CommandRejected.conflict(
                "status",
                "shipment "
                    + shipmentId
                    + " is "
                    + s.status()
                    + "; only an approved shipment"
                    + " is dispatched");
          }
          guards.requireValidToday(authorisations.find(s.authorisation()).orElseThrow());
          guards.requireStillReleased(s);
          guards.requireUnfrozen(s);
          holds.shipmentFree("lines", s.lines());
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("shipment", shipmentId);
          p.put("customer", s.customer());
          p.put("authorisation", s.authorisation());
          p.put("lines", payload(s.lines()));
          p.put(
              "units",
              s.lines().stream()
                  .map(ShipmentView.Line::unit)
                  .filter(u -> u != null)
                  .distinct()
                  .toList());
          ledger.append(actor, TraceEvents.SHIPMENT_DISPATCHED, p);
          return existing(shipmentId);
        });
  }

  private static List<Map<String, Object>> payload(List<ShipmentView.Line> lines) {
    return lines.stream()
        .map(
            l -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("lot", l.lot());
              m.put("quantity", l.quantity());
              m.put("location", l.location());
              m.put("unit", l.unit());
              return m;
            })
        .toList();
  }

  private ShipmentView existing(String id) {
    return find(id)
        .orElseThrow(() -> CommandRejected.notFound("shipment", "no shipment '" + id + "'"));
  }

  public Optional<ShipmentView> find(String id) {
    return queries.find(id);
  }

  /** The newest shipments, newest first, at most {@code limit}. */
  public java.util.List<ShipmentView> recent(int limit) {
    return queries.recent(limit);
  }
}
