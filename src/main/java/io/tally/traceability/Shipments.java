package io.tally.traceability;

import io.tally.ledger.Actor;
import io.tally.ledger.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.orders.Authorisation;
import io.tally.orders.Authorisations;
import io.tally.plant.PlantService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Shipments: created against an authorisation (WAREHOUSE), approved by a second person, then
 * dispatched. Nothing leaves without a valid authorisation with enough remaining quantity, released
 * lots, and units not shipped before.
 */
@Service
public class Shipments {
  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final Commands commands;
  private final Authorisations authorisations;
  private final ShipmentLines shipmentLines;
  private final FinishedStock stock;
  private final TraceLock lock;
  private final PlantService plant;
  private final Clock clock;

  Shipments(
      JdbcClient jdbc,
      Ledger ledger,
      Commands commands,
      Authorisations authorisations,
      ShipmentLines shipmentLines,
      FinishedStock stock,
      TraceLock lock,
      PlantService plant,
      Clock clock) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.commands = commands;
    this.authorisations = authorisations;
    this.shipmentLines = shipmentLines;
    this.stock = stock;
    this.lock = lock;
    this.plant = plant;
    this.clock = clock;
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
          lock.acquire();
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
          requireValidToday(auth);
          List<ShipmentView.Line> lines = shipmentLines.resolve(r.lines(), auth.product());
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
          lock.acquire();
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
          lock.acquire();
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
          requireValidToday(authorisations.find(s.authorisation()).orElseThrow());
          requireStillReleased(s);
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

  /** Between approval and dispatch a lot may be held or its rounds moved: check again. */
  private void requireStillReleased(ShipmentView s) {
    Map<String, Long> wanted = new HashMap<>();
    for (ShipmentView.Line l : s.lines()) {
      wanted.merge(l.lot() + "\n" + l.location(), l.quantity(), Long::sum);
      String status =
          jdbc.sql("SELECT status FROM finished_lot WHERE lot = ?")
              .param(l.lot())
              .query(String.class)
              .single();
      if (!status.equals("RELEASED")) {
        throw CommandRejected.conflict(
            "lines", "lot " + l.lot() + " is " + status + " now, not released");
      }
    }
    for (var w : wanted.entrySet()) {
      String[] k = w.getKey().split("\n");
      long have = stock.quantity(k[0], k[1], StockState.RELEASED);
      if (have < w.getValue()) {
        throw CommandRejected.conflict(
            "lines",
            "lot "
                + k[0]
                + " has "
                + have
                + " released rounds at "
                + k[1]
                + ", the shipment needs "
                + w.getValue());
      }
    }
  }

  private void requireValidToday(Authorisation auth) {
    LocalDate today = LocalDate.now(clock.withZone(plant.plant().site().zone()));
    if (today.isBefore(auth.validFrom())) {
      throw CommandRejected.invalid(
          "authorisation",
          "authorisation " + auth.id() + " is valid only from " + auth.validFrom());
    }
    if (today.isAfter(auth.validTo())) {
      throw CommandRejected.invalid(
          "authorisation", "authorisation " + auth.id() + " expired on " + auth.validTo());
    }
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
    List<ShipmentView.Line> lines =
        jdbc.sql(
                "SELECT lot, quantity, location, unit FROM shipment_line WHERE shipment = ? ORDER"
                    + " BY line_no")
            .param(id)
            .query(
                (rs, n) ->
                    new ShipmentView.Line(
                        rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
            .list();
    return jdbc.sql(
            "SELECT id, customer, authorisation, product, quantity, status, created_by,"
                + " created_seq, approved_by, approved_seq, dispatched_seq FROM shipment WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new ShipmentView(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getLong(8),
                    rs.getString(9),
                    (Long) rs.getObject(10, Long.class),
                    (Long) rs.getObject(11, Long.class),
                    lines))
        .optional();
  }
}
