package io.tally.quality;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The decision on each lot and class, as recorded. */
@Component
class InspectionProjection implements Projection {
  private final JdbcClient jdbc;

  InspectionProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("quality_inspection");
  }

  @Override
  public void apply(LedgerEntry e) {
    if (!e.type().equals(QualityEvents.INSPECTION_RECORDED)) {
      return;
    }
    var p = e.payload();
    jdbc.sql(
            "INSERT INTO quality_inspection (lot, nc_class, rule_set, edition, submission,"
                + " severity, insp_level, aql, lot_size, letter, plan_letter, n, ac, re,"
                + " full_inspection, d, result, destroyed, inspector, inspected_at, seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            p.text("lot"),
            p.text("class"),
            p.text("ruleSet"),
            p.text("edition"),
            p.text("submission"),
            p.text("severity"),
            p.text("level"),
            p.text("aql"),
            p.number("lotSize"),
            p.text("letter"),
            p.text("planLetter"),
            p.number("n"),
            p.number("ac"),
            p.number("re"),
            Boolean.parseBoolean(p.text("fullInspection")),
            p.number("d"),
            p.text("result"),
            p.number("destroyed"),
            p.text("inspector"),
            Timestamp.from(Instant.parse(p.text("at"))),
            e.seq())
        .update();
  }
}
