package io.tally.analytics;

import io.tally.execution.ExecutionEvent.RunStarted;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.plant.PlantChangeEvents;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules in force when work was done: each run's rated rate as its start recorded it, and every
 * plant file loaded with the time it came into force. KPIs of a past day read these, never the
 * plant file loaded now.
 */
@Component
class RulesInForceProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers = new EventHandlers().on(RunStarted.class, this::started);

  RulesInForceProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("kpi_run", "kpi_plant_version");
  }

  @Override
  public void apply(LedgerEntry e) {
    if (e.type().equals(PlantChangeEvents.FILE_LOADED)) {
      // Loads recorded before the ledger carried the file's text cannot give their rules.
      String text = e.payload().textOrNull("text");
      if (text != null) {
        jdbc.sql("INSERT INTO kpi_plant_version (seq, loaded_at, text) VALUES (?, ?, ?)")
            .params(e.seq(), Timestamp.from(e.time()), text)
            .update();
      }
    } else {
      handlers.apply(e);
    }
  }

  private void started(RunStarted r, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO kpi_run (run, line, product, started_at, rated_per_hour)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            r.run().value(),
            r.line().value(),
            r.product().value(),
            Timestamp.from(r.at()),
            r.ratedPerHour())
        .update();
  }
}
