package io.tally.ledger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger's gauges, read from the database at each scrape (so every node reports the same
 * figures): the head's sequence, and how many entries follow the newest signed head (a number that
 * keeps growing means head signing has stopped).
 */
@Component
class LedgerMetrics {
  private final JdbcClient jdbc;

  LedgerMetrics(JdbcClient jdbc, MeterRegistry registry) {
    this.jdbc = jdbc;
    Gauge.builder("tally.ledger.head.seq", this, LedgerMetrics::headSeq)
        .description("Sequence number of the last ledger entry")
        .register(registry);
    Gauge.builder("tally.ledger.unsigned.entries", this, LedgerMetrics::unsigned)
        .description("Ledger entries after the newest signed head")
        .register(registry);
  }

  private double headSeq() {
    try {
      return jdbc.sql("SELECT seq FROM ledger_head WHERE id = 1").query(Long.class).single();
    } catch (RuntimeException unreachable) {
      return Double.NaN;
    }
  }

  private double unsigned() {
    try {
      return jdbc.sql(
              "SELECT h.seq - COALESCE((SELECT MAX(seq) FROM ledger_signed_head), 0)"
                  + " FROM ledger_head h WHERE h.id = 1")
          .query(Long.class)
          .single();
    } catch (RuntimeException unreachable) {
      return Double.NaN;
    }
  }
}
