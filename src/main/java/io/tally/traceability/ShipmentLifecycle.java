package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.plant.PlantService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The end of a shipment's life: cancelled before dispatch, which frees the quantity it used of its
 * authorisation and its rounds and units for other shipments; or, once dispatched (in transit),
 * received by the consignee.
 */
@Service
public class ShipmentLifecycle {
  private final Ledger ledger;
  private final Commands commands;
  private final ShipmentQueries queries;
  private final LedgerLock lock;
  private final PlantService plant;
  private final Clock clock;

  ShipmentLifecycle(
      Ledger ledger,
      Commands commands,
      ShipmentQueries queries,
      LedgerLock lock,
      PlantService plant,
      Clock clock) {
    this.ledger = ledger;
    this.commands = commands;
    this.queries = queries;
    this.lock = lock;
    this.plant = plant;
    this.clock = clock;
  }

  public ShipmentView cancel(Actor actor, String key, String id, ShipmentCancellation r) {
    String reason = r == null ? null : r.reason();
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw CommandRejected.invalid("reason", "the reason is required (2000 max)");
    }
    return commands.run(
        actor,
        key,
        "shipment.cancel",
        Map.of("shipment", id, "request", r),
        ShipmentView.class,
        () -> {
          lock.hold();
          ShipmentView s = existing(id);
          if (!s.status().equals("CREATED") && !s.status().equals("APPROVED")) {
            throw CommandRejected.conflict(
                "status",
                "shipment "
                    + id
                    + " is "
                    + s.status()
                    + "; only one not yet dispatched is cancelled");
          }
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("shipment", id);
          p.put("authorisation", s.authorisation());
          p.put("quantity", s.quantity());
          p.put("reason", reason);
          ledger.append(actor, TraceEvents.SHIPMENT_CANCELLED, p);
          return existing(id);
        });
  }

  public ShipmentView receive(Actor actor, String key, String id, ShipmentReceipt r) {
    if (r == null || r.receivedOn() == null) {
      throw CommandRejected.invalid("receivedOn", "the day of receipt is required (ISO date)");
    }
    if (r.receivedBy() == null || r.receivedBy().isBlank() || r.receivedBy().length() > 200) {
      throw CommandRejected.invalid("receivedBy", "who signed for it is required (200 max)");
    }
    if (r.document() == null || r.document().isBlank() || r.document().length() > 200) {
      throw CommandRejected.invalid("document", "the receipt's reference is required (200 max)");
    }
    LocalDate today = LocalDate.now(clock.withZone(plant.plant().site().zone()));
    if (r.receivedOn().isAfter(today)) {
      throw CommandRejected.invalid("receivedOn", "a receipt is not dated after today " + today);
    }
    return commands.run(
        actor,
        key,
        "shipment.receive",
        Map.of("shipment", id, "request", r),
        ShipmentView.class,
        () -> {
          lock.hold();
          ShipmentView s = existing(id);
          if (!s.status().equals("DISPATCHED")) {
            throw CommandRejected.conflict(
                "status",
                "shipment " + id + " is " + s.status() + "; only one in transit is received");
          }
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("shipment", id);
          p.put("receivedOn", r.receivedOn().toString());
          p.put("receivedBy", r.receivedBy());
          p.put("document", r.document());
          ledger.append(actor, TraceEvents.SHIPMENT_RECEIVED, p);
          return existing(id);
        });
  }

  private ShipmentView existing(String id) {
    return queries
        .find(id)
        .orElseThrow(() -> CommandRejected.notFound("shipment", "no shipment '" + id + "'"));
  }
}
