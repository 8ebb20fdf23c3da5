package io.tally.web;

import io.tally.traceability.TraceReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lot's genealogy as a graph for the ECharts {@code graph} series: component lots into finished
 * lots, finished lots into their rework lots, lots onto packaging units and shipments, shipments to
 * customers. Nodes are keyed by kind and id, so one id seen from two traces is drawn once.
 */
final class Genealogy {
  /** Kinds of node, in the order of ECharts categories (and of the columns they are drawn in). */
  enum Kind {
    COMPONENT_LOT,
    FINISHED_LOT,
    REWORK_LOT,
    UNIT,
    SHIPMENT,
    CUSTOMER
  }

  /** A node: its id, kind and a short description for the tooltip. */
  record Node(String id, Kind kind, String detail) {}

  /** A link between two nodes, with the quantity that went along it (0 when not known). */
  record Link(String source, String target, long quantity) {}

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Set<Link> links = new LinkedHashSet<>();

  List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  List<Link> links() {
    return List.copyOf(links);
  }

  /** Adds everything one trace report knows; reports of related lots may be added to the same. */
  Genealogy add(TraceReport r) {
    if (r.finishedLot() != null) {
      TraceReport.FinishedLot f = r.finishedLot();
      lot(f.lot(), f.parentLot() != null, f.product() + ", " + f.status());
      if (f.parentLot() != null) {
        lot(f.parentLot(), false, "reworked into " + f.lot());
        link(f.parentLot(), f.lot(), 0);
      }
      for (String child : f.reworkedInto()) {
        lot(child, true, "rework of " + f.lot());
        link(f.lot(), child, 0);
      }
    }
    if (r.componentLot() != null) {
      TraceReport.ComponentLot c = r.componentLot();
      node(c.componentLot(), Kind.COMPONENT_LOT, c.component() + " from " + c.supplier());
    }
    if (r.unit() != null) {
      node(r.unit().sscc(), Kind.UNIT, r.unit().quantity() + " rounds");
    }
    for (TraceReport.ComponentUse c : r.components()) {
      node(c.componentLot(), Kind.COMPONENT_LOT, c.component() + " from " + c.supplier());
      lot(c.lot(), false, null);
      link(c.componentLot(), c.lot(), c.quantity());
    }
    for (TraceReport.LotUse l : r.finishedLots()) {
      lot(l.lot(), l.via() != null, l.product() + ", " + l.status());
      if (l.via() != null) {
        link(l.via(), l.lot(), 0);
      } else if (r.componentLot() != null) {
        link(r.componentLot().componentLot(), l.lot(), l.quantity());
      } else if (r.unit() != null) {
        link(l.lot(), r.unit().sscc(), l.quantity());
      }
    }
    for (TraceReport.ShipmentReach s : r.shipments()) {
      node(s.shipment(), Kind.SHIPMENT, s.status() + " under " + s.authorisation());
      node(s.customer(), Kind.CUSTOMER, "customer");
      String from = s.lot();
      lot(from, false, null);
      if (s.unit() != null) {
        node(s.unit(), Kind.UNIT, "packaging unit");
        link(from, s.unit(), s.quantity());
        from = s.unit();
      }
      link(from, s.shipment(), s.quantity());
      link(s.shipment(), s.customer(), 0);
    }
    return this;
  }

  private void lot(String lot, boolean rework, String detail) {
    Node known = nodes.get(lot);
    if (known == null || (known.detail() == null && detail != null) || rework) {
      Kind kind =
          rework || (known != null && known.kind() == Kind.REWORK_LOT)
              ? Kind.REWORK_LOT
              : Kind.FINISHED_LOT;
      String text = detail != null ? detail : known == null ? null : known.detail();
      nodes.put(lot, new Node(lot, kind, text));
    }
  }

  private void node(String id, Kind kind, String detail) {
    nodes.putIfAbsent(id, new Node(id, kind, detail));
  }

  private void link(String source, String target, long quantity) {
    if (links.stream().noneMatch(l -> l.source().equals(source) && l.target().equals(target))) {
      links.add(new Link(source, target, quantity));
    }
  }

  /** Column of each kind, left to right, for a layered drawing. */
  static List<String> categories() {
    List<String> out = new ArrayList<>();
    for (Kind k : Kind.values()) {
      out.add(k.name());
    }
    return out;
  }
}
