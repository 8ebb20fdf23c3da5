package io.tally.analytics;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Execution's count reports by line and time, the only fact the KPIs need that is not a row. */
@Component
class CountProjection implements Projection {
  private final JdbcClient jdbc;

  CountProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("kpi_count");
  }

  @Override
  public void apply(LedgerEntry e) {
    if (!"CountReported".equals(e.type())) {
      return;
    }
    LedgerEntry.Payload p = e.payload();
    jdbc.sql("INSERT INTO kpi_count (seq, line, run, at, good, scrap) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            e.seq(),
            p.text("line"),
            p.text("run"),
            Timestamp.from(Instant.parse(p.text("at"))),
            p.number("good"),
            p.number("scrap"))
        .update();
  }
}
