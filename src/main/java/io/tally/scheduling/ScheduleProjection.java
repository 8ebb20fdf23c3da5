package io.tally.scheduling;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.scheduling.ScheduleEvent.Job;
import io.tally.scheduling.ScheduleEvent.ScheduleAccepted;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accepted schedules and their jobs, from ScheduleAccepted entries (the payload holds the plan).
 */
@Component
class ScheduleProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers().on(ScheduleAccepted.class, this::accepted);

  ScheduleProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("schedule_job", "schedule_accepted");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void accepted(ScheduleAccepted a, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO schedule_accepted (id, ledger_seq, from_date, accepted_at, accepted_by,"
                + " plan) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            a.schedule(),
            e.seq(),
            a.from(),
            OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC),
            e.actor(),
            e.payloadJson())
        .update();
    for (int i = 0; i < a.jobs().size(); i++) {
      Job j = a.jobs().get(i);
      jdbc.sql(
              "INSERT INTO schedule_job (schedule_id, position, work_order, order_id, line,"
                  + " product, quantity, start_at, end_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              a.schedule(),
              i + 1,
              j.workOrder() == null ? null : j.workOrder().value(),
              j.order().value(),
              j.line().value(),
              j.product().value(),
              j.quantity(),
              j.start(),
              j.end())
          .update();
    }
  }
}
