package io.tally.scheduling;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accepted schedules and their jobs, from ScheduleAccepted entries (the payload holds the plan).
 */
@Component
class ScheduleProjection implements Projection {
  static final String ACCEPTED = "ScheduleAccepted";

  private final JdbcClient jdbc;

  ScheduleProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("schedule_job", "schedule_accepted");
  }

  @Override
  public void apply(LedgerEntry e) {
    if (!e.type().equals(ACCEPTED)) {
      return;
    }
    var p = e.payload();
    String id = p.text("schedule");
    jdbc.sql(
            "INSERT INTO schedule_accepted (id, ledger_seq, from_date, accepted_at, accepted_by,"
                + " plan) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            id,
            e.seq(),
            LocalDate.parse(p.text("from")),
            OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC),
            e.actor(),
            e.payloadJson())
        .update();
    List<Map<String, Object>> jobs = p.list("jobs");
    for (int i = 0; i < jobs.size(); i++) {
      Map<String, Object> j = jobs.get(i);
      jdbc.sql(
              "INSERT INTO schedule_job (schedule_id, position, work_order, order_id, line,"
                  + " product, quantity, start_at, end_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              id,
              i + 1,
              j.get("workOrder"),
              j.get("order"),
              j.get("line"),
              j.get("product"),
              ((Number) j.get("quantity")).longValue(),
              LocalDateTime.parse(j.get("start").toString()),
              LocalDateTime.parse(j.get("end").toString()))
          .update();
    }
  }
}
