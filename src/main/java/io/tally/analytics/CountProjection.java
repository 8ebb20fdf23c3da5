package io.tally.analytics;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountChange;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.ledger.WriteBehind;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Execution's count reports by line, time and lot, the only fact the KPIs need that is not a row. A
 * count correction in effect is a further row of its changes at the corrected report's time, marked
 * as a correction so that the figures as first recorded can leave it out. The lot ties the units to
 * quality's later decisions about them ({@link QualityProjection}).
 */
@Component
class CountProjection implements Projection {
  private final JdbcClient jdbc;
  private final WriteBehind writes;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(CountReported.class, this::counted)
          .on(CountCorrected.class, this::corrected)
          .on(CorrectionApproved.class, this::corrected);

  CountProjection(JdbcClient jdbc, WriteBehind writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  @Override
  public List<String> tables() {
    return List.of("kpi_count");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void counted(CountReported c, LedgerEntry e) {
    writes.update(
        "INSERT INTO kpi_count (seq, line, run, lot, at, good, scrap) VALUES (?, ?, ?, ?, ?, ?, ?)",
        e.seq(),
        c.line().value(),
        c.run().value(),
        c.lot().toString(),
        Timestamp.from(c.at()),
        c.good(),
        c.scrap());
  }

  private void corrected(CountChange c, LedgerEntry e) {
    if (c.inEffect()) {
      jdbc.sql(
              "INSERT INTO kpi_count (seq, line, run, lot, at, good, scrap, correction)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)")
          .params(
              e.seq(),
              c.line().value(),
              c.run().value(),
              c.lot().toString(),
              Timestamp.from(c.at()),
              c.goodChange(),
              c.scrapChange())
          .update();
    }
  }
}
