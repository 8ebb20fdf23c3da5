package io.tally.traceability;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountChange;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.execution.ExecutionEvent.LotClosed;
import io.tally.execution.ExecutionEvent.LotOpened;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.ledger.WriteBehind;
import io.tally.plant.PlantService;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Product;
import io.tally.traceability.IncomingEvent.ComponentBalanceExplained;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The component balance of each finished lot: one row per component of its bill of materials (as
 * the plant file has it when the lot opens), with the units made (good + scrap, corrections in
 * effect included), issued to its line and consumed into it. An issue to a line with no open lot
 * counts for the next lot opened there.
 */
@Component
class ComponentBalanceProjection implements Projection {
  private final JdbcClient jdbc;
  private final WriteBehind writes;
  private final PlantService plant;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(LotOpened.class, this::opened)
          .on(CountReported.class, (c, e) -> made(c.lot().toString(), c.good() + c.scrap()))
          .on(CountCorrected.class, (c, e) -> corrected(c))
          .on(CorrectionApproved.class, (c, e) -> corrected(c))
          .on(LotClosed.class, (c, e) -> closed(c))
          .on(ComponentBalanceExplained.class, this::explained);

  ComponentBalanceProjection(JdbcClient jdbc, WriteBehind writes, PlantService plant) {
    this.jdbc = jdbc;
    this.writes = writes;
    this.plant = plant;
  }

  @Override
  public List<String> tables() {
    return List.of("component_balance", "component_issue_pending");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
    var p = e.payload();
    switch (e.type()) {
      case TraceEvents.COMPONENT_LOT_ISSUED ->
          issued(p.text("componentLot"), p.text("line"), p.number("quantity"));
      case TraceEvents.COMPONENTS_CONSUMED ->
          jdbc.sql(
                  "UPDATE component_balance SET consumed = consumed + ? WHERE lot = ? AND"
                      + " component = ?")
              .params(p.number("quantity"), p.text("lot"), p.text("component"))
              .update();
      default -> {}
    }
  }

  private void opened(LotOpened o, LedgerEntry e) {
    Plant now = plant.plant();
    Product product = now.findProduct(o.product()).orElse(null);
    if (product == null) {
      return;
    }
    String line = o.line().value();
    String shift = ShiftLabel.of(now, line, o.at());
    for (Product.BomLine b : product.bom()) {
      long pending =
          jdbc.sql(
                  "SELECT COALESCE(SUM(quantity), 0) FROM component_issue_pending WHERE line = ?"
                      + " AND component = ?")
              .params(line, b.component())
              .query(Long.class)
              .single();
      jdbc.sql("DELETE FROM component_issue_pending WHERE line = ? AND component = ?")
          .params(line, b.component())
          .update();
      jdbc.sql(
              "INSERT INTO component_balance (lot, component, product, line, shift, per_unit, made,"
                  + " issued, consumed, closed, opened_seq) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0,"
                  + " FALSE, ?)")
          .params(
              o.lot().toString(),
              b.component(),
              product.code().value(),
              line,
              shift,
              b.perUnit(),
              pending,
              e.seq())
          .update();
    }
  }

  private void made(String lot, long units) {
    writes.update("UPDATE component_balance SET made = made + ? WHERE lot = ?", units, lot);
  }

  private void corrected(CountChange c) {
    if (c.inEffect()) {
      made(c.lot().toString(), c.goodChange() + c.scrapChange());
    }
  }

  private void closed(LotClosed c) {
    jdbc.sql("UPDATE component_balance SET closed = TRUE WHERE lot = ?")
        .param(c.lot().toString())
        .update();
  }

  /** To the lot open on the line that uses the component, else pending for the next one. */
  private void issued(String componentLot, String line, long quantity) {
    String component =
        jdbc.sql("SELECT component FROM component_lot WHERE component_lot = ?")
            .param(componentLot)
            .query(String.class)
            .optional()
            .orElse(null);
    if (component == null) {
      return;
    }
    String lot =
        jdbc.sql(
                "SELECT lot FROM component_balance WHERE line = ? AND component = ? AND closed ="
                    + " FALSE ORDER BY opened_seq DESC LIMIT 1")
            .params(line, component)
            .query(String.class)
            .optional()
            .orElse(null);
    if (lot != null) {
      jdbc.sql("UPDATE component_balance SET issued = issued + ? WHERE lot = ? AND component = ?")
          .params(quantity, lot, component)
          .update();
      return;
    }
    int n =
        jdbc.sql(
                "UPDATE component_issue_pending SET quantity = quantity + ? WHERE line = ? AND"
                    + " component = ?")
            .params(quantity, line, component)
            .update();
    if (n == 0) {
      jdbc.sql("INSERT INTO component_issue_pending (line, component, quantity) VALUES (?, ?, ?)")
          .params(line, component, quantity)
          .update();
    }
  }

  private void explained(ComponentBalanceExplained x, LedgerEntry e) {
    jdbc.sql(
            "UPDATE component_balance SET explained_made = ?, explained_consumed = ?, reason = ?,"
                + " explained_by = ? WHERE lot = ? AND component = ?")
        .params(x.made(), x.consumed(), x.reason(), e.actor(), x.lot(), x.component())
        .update();
  }
}
