package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.traceability.TraceReport.ComponentLot;
import io.tally.traceability.TraceReport.ComponentUse;
import io.tally.traceability.TraceReport.FinishedLot;
import io.tally.traceability.TraceReport.LotUse;
import io.tally.traceability.TraceReport.ShipmentReach;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Traces a finished lot, a component lot or a packaging unit both ways. Every step is an indexed
 * look-up (consumption by lot and by component lot, shipment lines by lot and by unit, lots by
 * parent), so a trace costs the size of its answer, not of the plant's history.
 */
@Service
public class Trace {
  private final JdbcClient jdbc;
  private final Inventory inventory;
  private final ScrapQueries scrap;
  private final Units units;

  Trace(JdbcClient jdbc, Inventory inventory, Units units, ScrapQueries scrap) {
    this.jdbc = jdbc;
    this.inventory = inventory;
    this.scrap = scrap;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public TraceReport trace(String id) {
    String q = TracedId.of(id);
    Optional<UnitView> unit = units.find(q);
    if (unit.isPresent()) {
      return ofUnit(q, unit.get());
    }
    Optional<FinishedLot> lot = finishedLot(q);
    if (lot.isPresent()) {
      List<ShipmentReach> shipments = shipmentsOfLots(List.of(q));
      return new TraceReport(
          q,
          "FINISHED_LOT",
          lot.get(),
          null,
          null,
          componentsOf(q),
          List.of(),
          shipments,
          customers(shipments));
    }
    Optional<ComponentLot> component = componentLot(q);
    if (component.isPresent()) {
      List<LotUse> lots = lotsReachedBy(q);
      List<ShipmentReach> shipments = shipmentsOfLots(lots.stream().map(LotUse::lot).toList());
      return new TraceReport(
          q,
          "COMPONENT_LOT",
          null,
          component.get(),
          null,
          List.of(),
          lots,
          shipments,
          customers(shipments));
    }
    throw CommandRejected.notFound(
        "lot", "'" + q + "' is no finished lot, component lot or packaging unit");
  }

  private TraceReport ofUnit(String sscc, UnitView unit) {
    List<String> chain = new ArrayList<>();
    for (String u = sscc; u != null; u = units.parentOf(u)) {
      chain.add(u);
    }
    List<ShipmentReach> shipments = new ArrayList<>();
    for (String u : chain) {
      shipments.addAll(shipmentLines("l.unit = ?", u));
    }
    List<ComponentUse> components = new ArrayList<>();
    List<LotUse> lots = new ArrayList<>();
    for (UnitView.Content c : unit.contents()) {
      components.addAll(componentsOf(c.lot()));
      finishedLot(c.lot())
          .ifPresent(
              f -> lots.add(new LotUse(f.lot(), f.product(), f.status(), c.quantity(), null)));
    }
    return new TraceReport(
        sscc, "UNIT", null, null, unit, components, lots, shipments, customers(shipments));
  }

  /** The components of a lot and, for a reworked lot, of the lots it came from. */
  private List<ComponentUse> componentsOf(String lot) {
    List<ComponentUse> out = new ArrayList<>();
    for (String l = lot; l != null; l = parentOf(l)) {
      out.addAll(
          jdbc.sql(
                  "SELECT c.component_lot, k.component, k.supplier, k.supplier_lot, c.lot,"
                      + " SUM(c.quantity) FROM consumption c JOIN component_lot k ON"
                      + " k.component_lot = c.component_lot WHERE c.lot = ? AND c.quantity > 0"
                      + " GROUP BY c.component_lot, k.component, k.supplier, k.supplier_lot, c.lot ORDER BY"
                      + " c.component_lot")
              .param(l)
              .query(
                  (rs, n) ->
                      new ComponentUse(
                          rs.getString(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getLong(6)))
              .list());
    }
    return out;
  }

  /** The lots a component lot went into, and every lot reworked from them. */
  List<LotUse> lotsReachedBy(String componentLot) {
    List<LotUse> out =
        new ArrayList<>(
            jdbc.sql(
                    "SELECT c.lot, f.product, f.status, SUM(c.quantity) FROM consumption c JOIN"
                        + " finished_lot f ON f.lot = c.lot WHERE c.component_lot = ? AND"
                        + " c.quantity > 0 GROUP BY c.lot, f.product, f.status ORDER BY c.lot")
                .param(componentLot)
                .query(
                    (rs, n) ->
                        new LotUse(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), null))
                .list());
    Set<String> seen = new LinkedHashSet<>();
    out.forEach(l -> seen.add(l.lot()));
    for (int i = 0; i < out.size(); i++) {
      LotUse parent = out.get(i);
      for (FinishedLot child : children(parent.lot())) {
        if (seen.add(child.lot())) {
          out.add(new LotUse(child.lot(), child.product(), child.status(), 0, parent.lot()));
        }
      }
    }
    return out;
  }

  List<ShipmentReach> shipmentsOfLots(List<String> lots) {
    List<ShipmentReach> out = new ArrayList<>();
    for (String lot : lots) {
      out.addAll(shipmentLines("l.lot = ?", lot));
    }
    return out;
  }

  private List<ShipmentReach> shipmentLines(String where, String value) {
    return jdbc.sql(
            "SELECT s.id, s.customer, s.authorisation, s.status, l.lot, l.unit, SUM(l.quantity)"
                + " FROM shipment_line l JOIN shipment s ON s.id = l.shipment WHERE "
                + where
                + " GROUP BY s.id, s.customer, s.authorisation, s.status, l.lot, l.unit ORDER BY"
                + " s.id, l.lot")
        .param(value)
        .query(
            (rs, n) ->
                new ShipmentReach(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getLong(7)))
        .list();
  }

  private static List<String> customers(List<ShipmentReach> shipments) {
    return shipments.stream().map(ShipmentReach::customer).distinct().sorted().toList();
  }

  private Optional<FinishedLot> finishedLot(String lot) {
    return jdbc.sql("SELECT lot, product, line, status, parent_lot FROM finished_lot WHERE lot = ?")
        .param(lot)
        .query(
            (rs, n) ->
                new FinishedLot(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    childIds(rs.getString(1)),
                    inventory.finished(rs.getString(1)),
                    scrap.lot(rs.getString(1)),
                    scrap.retained(rs.getString(1))))
        .optional();
  }

  private List<FinishedLot> children(String lot) {
    return childIds(lot).stream().map(c -> finishedLot(c).orElseThrow()).toList();
  }

  List<String> childIds(String lot) {
    return jdbc.sql("SELECT lot FROM finished_lot WHERE parent_lot = ? ORDER BY lot")
        .param(lot)
        .query(String.class)
        .list();
  }

  private String parentOf(String lot) {
    return jdbc.sql("SELECT parent_lot FROM finished_lot WHERE lot = ?")
        .param(lot)
        .query((rs, n) -> rs.getString(1))
        .optional()
        .orElse(null);
  }

  private Optional<ComponentLot> componentLot(String id) {
    return jdbc.sql(
            "SELECT component_lot, component, supplier, supplier_lot, received FROM component_lot"
                + " WHERE component_lot = ?")
        .param(id)
        .query(
            (rs, n) ->
                new ComponentLot(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5)))
        .optional();
  }
}
