package io.tally.traceability;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.quality.sampling.LotResult;
import io.tally.traceability.IncomingEvent.ComponentLotInspected;
import io.tally.traceability.IncomingEvent.ComponentLotQuarantined;
import io.tally.traceability.IncomingEvent.ComponentLotReturned;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Component lots with their quality state, their stock by location, and every consumption into a
 * finished lot. A receipt is RELEASED unless a quarantine follows it (every receipt since
 * quarantine exists); receiving inspection releases or rejects it.
 */
@Component
class ComponentProjection implements Projection {
  private final JdbcClient jdbc;
  private final ComponentStock stock;
  private final EventHandlers incoming =
      new EventHandlers()
          .on(ComponentLotQuarantined.class, (q, e) -> quarantined(q))
          .on(ComponentLotInspected.class, (i, e) -> inspected(i))
          .on(ComponentLotReturned.class, (r, e) -> returned(r));

  ComponentProjection(JdbcClient jdbc, ComponentStock stock) {
    this.jdbc = jdbc;
    this.stock = stock;
  }

  @Override
  public List<String> tables() {
    return List.of("consumption", "component_stock", "component_lot");
  }

  @Override
  public void apply(LedgerEntry e) {
    incoming.apply(e);
    var p = e.payload();
    switch (e.type()) {
      case TraceEvents.COMPONENT_LOT_RECEIVED -> {
        jdbc.sql(
                "INSERT INTO component_lot (component_lot, component, supplier, supplier_lot,"
                    + " received, received_seq) VALUES (?, ?, ?, ?, ?, ?)")
            .params(
                p.text("componentLot"),
                p.text("component"),
                p.text("supplier"),
                p.text("supplierLot"),
                p.number("quantity"),
                e.seq())
            .update();
        stock.add(p.text("componentLot"), p.text("location"), p.number("quantity"));
      }
      case TraceEvents.COMPONENT_LOT_ISSUED ->
          move(p.text("componentLot"), p.text("from"), p.text("line"), p.number("quantity"));
      case TraceEvents.STOCK_MOVED -> {
        if ("COMPONENT".equals(p.text("material"))) {
          move(p.text("lot"), p.text("from"), p.text("to"), p.number("quantity"));
        }
      }
      case TraceEvents.COMPONENTS_CONSUMED -> {
        long taken = stock.take(p.text("componentLot"), p.text("location"), p.number("quantity"));
        jdbc.sql(
                "INSERT INTO consumption (seq, component_lot, lot, quantity, location) VALUES (?,"
                    + " ?, ?, ?, ?)")
            .params(e.seq(), p.text("componentLot"), p.text("lot"), taken, p.text("location"))
            .update();
      }
      case TraceEvents.COMPONENTS_SCRAPPED ->
          stock.take(p.text("componentLot"), p.text("location"), p.number("quantity"));
      default -> {}
    }
  }

  private void quarantined(ComponentLotQuarantined q) {
    jdbc.sql(
            "UPDATE component_lot SET state = 'QUARANTINE', certificate = ?, expiry = ?, retest = ?"
                + " WHERE component_lot = ?")
        .params(q.certificate(), q.expiry(), q.retest(), q.componentLot())
        .update();
  }

  private void returned(ComponentLotReturned r) {
    stock.take(r.componentLot(), r.location(), r.quantity());
  }

  private void inspected(ComponentLotInspected i) {
    jdbc.sql("UPDATE component_lot SET state = ? WHERE component_lot = ?")
        .params(
            i.result() == LotResult.ACCEPTED
                ? ComponentLotView.RELEASED
                : ComponentLotView.REJECTED,
            i.componentLot())
        .update();
  }

  private void move(String componentLot, String from, String to, long quantity) {
    long taken = stock.take(componentLot, from, quantity);
    stock.add(componentLot, to, taken);
  }
}
