package io.tally.analytics;

import io.tally.execution.lot.LotNumber;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.quality.QualityEvent.LotReleased;
import io.tally.quality.QualityEvent.LotReworked;
import io.tally.quality.QualityEvent.LotScrapped;
import io.tally.quality.QualityEvent.SamplesConsumed;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Quality's decisions about lots' units, kept against the lot the units were made in, so that the
 * KPIs date them back to the counts that made the units (not to the day of the decision): a lot
 * scrapped after inspection, reworked, released by concession, and samples destroyed by testing. A
 * lot made by rework holds units of the lot it came from; its decisions go to that lot.
 */
@Component
class QualityProjection implements Projection {
  static final String SCRAP = "SCRAP";
  static final String REWORK = "REWORK";
  static final String SAMPLES = "SAMPLES";
  static final String CONCESSION = "CONCESSION";
  static final String REWORK_SCRAP = "REWORK_SCRAP";

  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(SamplesConsumed.class, (s, e) -> record(e, s.lot(), SAMPLES, s.quantity(), s.at()))
          .on(LotScrapped.class, this::scrapped)
          .on(LotReworked.class, this::reworked)
          .on(LotReleased.class, this::released);

  QualityProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("kpi_quality", "kpi_lot_origin");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void scrapped(LotScrapped s, LedgerEntry e) {
    boolean reworkedUnits = origin(s.lot().toString()) != null;
    record(e, s.lot(), reworkedUnits ? REWORK_SCRAP : SCRAP, s.quantity(), s.at());
  }

  private void reworked(LotReworked r, LedgerEntry e) {
    String origin = origin(r.lot().toString());
    if (origin == null) {
      // Units of a lot made on the line become rework; a second rework of them changes nothing.
      record(e, r.lot(), REWORK, r.quantity(), r.at());
      origin = r.lot().toString();
    }
    jdbc.sql("INSERT INTO kpi_lot_origin (lot, origin) VALUES (?, ?)")
        .params(r.newLot().toString(), origin)
        .update();
  }

  private void released(LotReleased r, LedgerEntry e) {
    if (r.byConcession()) {
      record(e, r.lot(), CONCESSION, r.quantity(), r.at());
    }
  }

  private void record(LedgerEntry e, LotNumber lot, String kind, long quantity, Instant at) {
    if (quantity <= 0) {
      return;
    }
    String made = origin(lot.toString());
    if (SAMPLES.equals(kind) && made != null) {
      return; // reworked units tested stay rework: they were not good at the line's count
    }
    jdbc.sql(
            "INSERT INTO kpi_quality (seq, lot, kind, quantity, decided_at) VALUES (?, ?, ?, ?, ?)")
        .params(e.seq(), made == null ? lot.toString() : made, kind, quantity, Timestamp.from(at))
        .update();
  }

  private @Nullable String origin(String lot) {
    return jdbc.sql("SELECT origin FROM kpi_lot_origin WHERE lot = ?")
        .param(lot)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
