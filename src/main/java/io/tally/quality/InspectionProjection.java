package io.tally.quality;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.quality.QualityEvent.InspectionRecorded;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The decision on each lot and class, as recorded. */
@Component
class InspectionProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers().on(InspectionRecorded.class, this::recorded);

  InspectionProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("quality_inspection");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void recorded(InspectionRecorded r, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO quality_inspection (lot, nc_class, rule_set, edition, submission,"
                + " severity, insp_level, aql, lot_size, letter, plan_letter, n, ac, re,"
                + " full_inspection, d, result, destroyed, inspector, inspected_at, seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            r.lot().toString(),
            r.nonconformityClass(),
            r.ruleSet().name(),
            r.edition(),
            r.submission().name(),
            r.severity().name(),
            r.level(),
            r.aql(),
            r.lotSize(),
            r.letter().name(),
            r.planLetter().name(),
            r.n(),
            r.ac(),
            r.re(),
            r.fullInspection(),
            r.d(),
            r.result().name(),
            r.destroyed(),
            r.inspector(),
            Timestamp.from(r.at()),
            e.seq())
        .update();
  }
}
