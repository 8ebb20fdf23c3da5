package io.tally.traceability;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.traceability.StockCorrectionEvent.ConsumptionChange;
import io.tally.traceability.StockCorrectionEvent.ConsumptionCorrected;
import io.tally.traceability.StockCorrectionEvent.ConsumptionCorrectionApproved;
import io.tally.traceability.StockCorrectionEvent.Material;
import io.tally.traceability.StockCorrectionEvent.MoveChange;
import io.tally.traceability.StockCorrectionEvent.MoveCorrected;
import io.tally.traceability.StockCorrectionEvent.MoveCorrectionApproved;
import io.tally.traceability.StockCorrectionEvent.Moved;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consumption and move corrections, and what those in effect do: a consumption's units in the
 * genealogy and the component stock at its location, a move's stock (and unit) at its locations.
 */
@Component
class StockCorrectionProjection implements Projection {
  private final JdbcClient jdbc;
  private final FinishedStock finished;
  private final ComponentStock components;
  private final Units units;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(ConsumptionCorrected.class, this::consumptionCorrected)
          .on(ConsumptionCorrectionApproved.class, this::approved)
          .on(MoveCorrected.class, this::moveCorrected)
          .on(MoveCorrectionApproved.class, this::approved);

  StockCorrectionProjection(
      JdbcClient jdbc, FinishedStock finished, ComponentStock components, Units units) {
    this.jdbc = jdbc;
    this.finished = finished;
    this.components = components;
    this.units = units;
  }

  @Override
  public List<String> tables() {
    return List.of("stock_correction");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void consumptionCorrected(ConsumptionCorrected c, LedgerEntry e) {
    insert(
        e,
        c.consumption(),
        "CONSUMPTION",
        null,
        c.componentLot(),
        c.lot(),
        c.location(),
        null,
        c.quantity() - c.change(),
        c.quantity(),
        c.change(),
        c.voided(),
        c.reason(),
        c.pending());
    consumed(c);
  }

  private void moveCorrected(MoveCorrected m, LedgerEntry e) {
    long quantity = m.contents().stream().mapToLong(Moved::quantity).sum();
    String subject = m.unit() != null ? m.unit() : m.contents().get(0).lot();
    insert(
        e,
        m.move(),
        "MOVE",
        m.material().name(),
        subject,
        m.unit() != null ? null : subject,
        m.from(),
        m.to(),
        quantity,
        quantity,
        0,
        m.voided(),
        m.reason(),
        m.pending());
    moved(m);
  }

  private void approved(ConsumptionCorrectionApproved a, LedgerEntry e) {
    markApproved(a.correction(), e);
    consumed(a);
  }

  private void approved(MoveCorrectionApproved a, LedgerEntry e) {
    markApproved(a.correction(), e);
    moved(a);
  }

  private void markApproved(long correction, LedgerEntry e) {
    jdbc.sql(
            "UPDATE stock_correction SET status = 'IN_EFFECT', approved_by = ?, approved_seq = ?"
                + " WHERE seq = ?")
        .params(e.actor(), e.seq(), correction)
        .update();
  }

  /** The genealogy carries the corrected units; the change comes from or goes back to stock. */
  private void consumed(ConsumptionChange c) {
    if (!c.inEffect()) {
      return;
    }
    jdbc.sql("UPDATE consumption SET quantity = quantity + ? WHERE seq = ?")
        .params(c.change(), c.consumption())
        .update();
    components.add(c.componentLot(), c.location(), -c.change());
  }

  private void moved(MoveChange m) {
    if (!m.inEffect()) {
      return;
    }
    for (Moved c : m.contents()) {
      if (m.material() == Material.COMPONENT) {
        components.add(c.lot(), m.to(), components.take(c.lot(), m.from(), c.quantity()));
      } else {
        long moved = Math.min(c.quantity(), finished.quantity(c.lot(), m.from(), c.state()));
        finished.add(c.lot(), m.from(), c.state(), -moved);
        finished.add(c.lot(), m.to(), c.state(), moved);
      }
    }
    if (m.unit() != null) {
      units.relocateTree(m.unit(), m.to());
    }
  }

  private void insert(
      LedgerEntry e,
      long corrects,
      String kind,
      String material,
      String subject,
      String lot,
      String from,
      String to,
      long was,
      long quantity,
      long change,
      boolean voided,
      String reason,
      boolean pending) {
    jdbc.sql(
            "INSERT INTO stock_correction (seq, corrects, kind, material, subject, lot,"
                + " from_location, to_location, was_quantity, quantity, quantity_change, voided,"
                + " reason, actor, status, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?)")
        .params(
            e.seq(),
            corrects,
            kind,
            material,
            subject,
            lot,
            from,
            to,
            was,
            quantity,
            change,
            voided,
            reason,
            e.actor(),
            pending ? "PENDING" : "IN_EFFECT",
            Timestamp.from(e.time()))
        .update();
  }
}
