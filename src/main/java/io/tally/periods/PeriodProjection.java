package io.tally.periods;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.periods.PeriodEvent.PeriodCarriedForward;
import io.tally.periods.PeriodEvent.PeriodClosed;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Closed months and the entries carried past them: periods' only tables. */
@Component
class PeriodProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(PeriodClosed.class, this::closed)
          .on(PeriodCarriedForward.class, this::carried);

  PeriodProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("period_carried", "period_close");
  }

  @Override
  public void apply(LedgerEntry entry) {
    handlers.apply(entry);
  }

  private void closed(PeriodClosed c, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO period_close (period, seq, closed_by, closed_millis, sha256,"
                + " checkpoint_size, checkpoint_root) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.period().toString(),
            e.seq(),
            e.actor(),
            e.time().toEpochMilli(),
            c.sha256(),
            c.checkpointSize(),
            c.checkpointRoot())
        .update();
  }

  private void carried(PeriodCarriedForward c, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO period_carried (seq, period, into_period, field, occurred_millis, actor)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            e.seq(),
            c.period().toString(),
            c.into().toString(),
            c.field(),
            c.occurredAt().toEpochMilli(),
            e.actor())
        .update();
  }
}
