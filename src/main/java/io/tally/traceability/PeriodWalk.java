package io.tally.traceability;

import static io.tally.traceability.PeriodFlows.ADJUSTED;
import static io.tally.traceability.PeriodFlows.CONSUMED;
import static io.tally.traceability.PeriodFlows.DESTROYED;
import static io.tally.traceability.PeriodFlows.IN;
import static io.tally.traceability.PeriodFlows.SHIPPED;
import static io.tally.traceability.PeriodFlows.TESTED;
import static io.tally.traceability.StockState.HELD;
import static io.tally.traceability.StockState.QUARANTINE;
import static io.tally.traceability.StockState.RELEASED;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountChange;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.execution.ExecutionEvent.LotClosed;
import io.tally.execution.ExecutionEvent.LotOpened;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.traceability.StocktakeEvent.StockAdjusted;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One pass over the ledger for a period statement: per product (finished good rounds), per
 * component, per store and per authorisation. Rework moves rounds between lots of one product and
 * stays where they are, so it is no movement of a product or a store.
 */
final class PeriodWalk {
  final PeriodFlows products = new PeriodFlows("PRODUCT");
  final PeriodFlows components = new PeriodFlows("COMPONENT");
  final StoreWalk stores = new StoreWalk();

  /** Authorised quantity as last recorded. */
  final Map<String, Long> authorised = new TreeMap<>();

  /** Per authorisation: used before the month, used in it, dispatched in it. */
  final Map<String, long[]> use = new TreeMap<>();

  private final Map<String, String> lotProducts = new HashMap<>();
  private final Map<String, String> componentCodes = new HashMap<>();
  private boolean inPeriod;
  private final EventHandlers execution =
      new EventHandlers()
          .on(
              LotOpened.class,
              (o, e) -> lotProducts.putIfAbsent(o.lot().toString(), o.product().value()))
          .on(CountReported.class, (c, e) -> counted(c))
          .on(CountCorrected.class, (c, e) -> corrected(c))
          .on(CorrectionApproved.class, (c, e) -> corrected(c))
          .on(LotClosed.class, (c, e) -> stores.status(c.lot().toString(), "CLOSED"))
          .on(StockAdjusted.class, (a, e) -> adjusted(a));

  void periodStarts() {
    inPeriod = true;
    products.periodStarts();
    components.periodStarts();
    stores.periodStarts();
  }

  void apply(LedgerEntry e) {
    execution.apply(e);
    var p = e.payload();
    switch (e.type()) {
      case TraceEvents.LOT_RELEASED -> {
        stores.status(p.text("lot"), "RELEASED");
        stores.shiftAll(p.text("lot"), List.of(QUARANTINE, HELD), RELEASED);
      }
      case TraceEvents.LOT_HELD -> {
        stores.status(p.text("lot"), "HELD");
        stores.shiftAll(p.text("lot"), List.of(QUARANTINE, RELEASED), HELD);
      }
      case TraceEvents.LOT_SCRAPPED -> {
        long q = p.number("quantity");
        products.add(product(p.text("lot")), DESTROYED, q);
        stores.takeAnywhere(p.text("lot"), List.of(HELD, QUARANTINE, RELEASED), q, DESTROYED);
        statusIfEmpty(p.text("lot"), "SCRAPPED");
      }
      case TraceEvents.SAMPLES_CONSUMED -> {
        long q = p.number("quantity");
        products.add(product(p.text("lot")), TESTED, q);
        stores.takeAnywhere(p.text("lot"), List.of(QUARANTINE, HELD, RELEASED), q, TESTED);
      }
      case TraceEvents.LOT_REWORKED -> {
        String lot = p.text("lot");
        lotProducts.putIfAbsent(p.text("newLot"), product(lot));
        stores.rework(lot, p.text("newLot"), p.number("quantity"));
        statusIfEmpty(lot, "REWORKED");
      }
      case TraceEvents.STOCK_MOVED -> {
        if ("FINISHED".equals(p.text("material"))) {
          stores.move(
              p.text("lot"),
              StockState.valueOf(p.text("state")),
              p.number("quantity"),
              p.text("from"),
              p.text("to"));
        } else {
          stores.componentMove(p.text("lot"), p.text("from"), p.text("to"), p.number("quantity"));
        }
      }
      case TraceEvents.UNIT_MOVED -> {
        for (Map<String, Object> c : p.list("contents")) {
          stores.move(
              c.get("lot").toString(),
              StockState.valueOf(c.get("state").toString()),
              ((Number) c.get("quantity")).longValue(),
              p.text("from"),
              p.text("to"));
        }
      }
      case TraceEvents.SHIPMENT_DISPATCHED -> {
        long total = 0;
        for (Map<String, Object> l : p.list("lines")) {
          long q = ((Number) l.get("quantity")).longValue();
          products.add(product(l.get("lot").toString()), SHIPPED, q);
          stores.ship(l.get("lot").toString(), l.get("location").toString(), q);
          total += q;
        }
        if (inPeriod) {
          use(p.text("authorisation"))[2] += total;
        }
      }
      case TraceEvents.SHIPMENT_CREATED -> used(p.text("authorisation"), p.number("quantity"));
      case TraceEvents.SHIPMENT_CANCELLED -> used(p.text("authorisation"), -p.number("quantity"));
      case TraceEvents.AUTHORISATION_RECORDED, TraceEvents.AUTHORISATION_AMENDED ->
          authorised.put(p.text("id"), p.number("quantity"));
      case TraceEvents.COMPONENT_LOT_RECEIVED -> {
        componentCodes.put(p.text("componentLot"), p.text("component"));
        components.add(p.text("component"), IN, p.number("quantity"));
        stores.receive(p.text("componentLot"), p.text("location"), p.number("quantity"));
      }
      case TraceEvents.COMPONENT_LOT_ISSUED ->
          stores.componentMove(
              p.text("componentLot"), p.text("from"), p.text("line"), p.number("quantity"));
      case TraceEvents.COMPONENTS_CONSUMED -> {
        components.add(component(p.text("componentLot")), CONSUMED, p.number("quantity"));
        stores.componentTake(
            p.text("componentLot"), p.text("location"), p.number("quantity"), CONSUMED);
      }
      case TraceEvents.COMPONENTS_SCRAPPED -> {
        components.add(component(p.text("componentLot")), DESTROYED, p.number("quantity"));
        stores.componentTake(
            p.text("componentLot"), p.text("location"), p.number("quantity"), DESTROYED);
      }
      default -> {}
    }
  }

  private void counted(CountReported c) {
    String lot = c.lot().toString();
    lotProducts.putIfAbsent(lot, c.product().value());
    products.add(c.product().value(), IN, c.good());
    stores.add(lot, c.line().value(), QUARANTINE, c.good(), IN);
  }

  /** A count correction in effect changes the good rounds made, at the line that made them. */
  private void corrected(CountChange c) {
    if (c.inEffect()) {
      products.add(c.product().value(), IN, c.goodChange());
      stores.corrected(c.lot().toString(), c.line().value(), c.goodChange());
    }
  }

  /** A stocktake's difference: written off (positive) when rounds or units were missing. */
  private void adjusted(StockAdjusted a) {
    if (a.kind() == StocktakeLine.Kind.COMPONENT) {
      components.add(component(a.lot()), ADJUSTED, -a.quantity());
      stores.componentAdjusted(a.lot(), a.location(), a.quantity());
    } else {
      products.add(product(a.lot()), ADJUSTED, -a.quantity());
      stores.add(
          a.lot(), a.location(), a.state() == null ? RELEASED : a.state(), a.quantity(), ADJUSTED);
    }
  }

  private void used(String authorisation, long q) {
    use(authorisation)[inPeriod ? 1 : 0] += q;
  }

  private long[] use(String authorisation) {
    return use.computeIfAbsent(authorisation, k -> new long[3]);
  }

  private void statusIfEmpty(String lot, String status) {
    if (stores.inStock(lot) == 0) {
      stores.status(lot, status);
    }
  }

  private String product(String lot) {
    return lotProducts.getOrDefault(lot, "?");
  }

  private String component(String componentLot) {
    return componentCodes.getOrDefault(componentLot, "?");
  }
}
