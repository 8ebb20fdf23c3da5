package io.tally.traceability;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.traceability.HoldEvent.HeldItem;
import io.tally.traceability.HoldEvent.HoldPlaced;
import io.tally.traceability.HoldEvent.HoldReleased;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Holds and what they hold; a hold changes no stock state, it only refuses commands. */
@Component
class HoldProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers().on(HoldPlaced.class, this::placed).on(HoldReleased.class, this::released);

  HoldProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("hold_item", "hold");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void placed(HoldPlaced h, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO hold (id, subject, kind, reason, downstream, recall, status, placed_by,"
                + " placed_seq) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)")
        .params(
            h.hold(),
            h.subject(),
            h.kind().name(),
            h.reason(),
            h.downstream(),
            h.recall(),
            e.actor(),
            e.seq())
        .update();
    for (HeldItem i : h.items()) {
      jdbc.sql("INSERT INTO hold_item (hold, kind, item) VALUES (?, ?, ?)")
          .params(h.hold(), i.kind().name(), i.id())
          .update();
    }
  }

  private void released(HoldReleased r, LedgerEntry e) {
    jdbc.sql(
            "UPDATE hold SET status = 'RELEASED', released_by = ?, release_reason = ? WHERE id = ?")
        .params(e.actor(), r.reason(), r.hold())
        .update();
  }
}
