package io.tally.scheduling;

import io.tally.execution.WorkOrderId;
import io.tally.execution.WorkOrderRequest;
import io.tally.execution.WorkOrders;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.scheduling.solver.Schedule;
import io.tally.scheduling.solver.ScheduledJob;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepting a plan: one ScheduleAccepted entry carrying the whole plan, and one work order per
 * planned job that is not already running (a pinned job keeps the work order its run makes), named
 * {@code <schedule>-<n>}, so each line's dispatch list follows the plan. All in one transaction.
 */
@Component
class AcceptedSchedules {
  private final Commands commands;
  private final Ledger ledger;
  private final WorkOrders workOrders;
  private final PlantService plant;
  private final JdbcClient jdbc;
  private final JsonMapper json;

  AcceptedSchedules(
      Commands commands,
      Ledger ledger,
      WorkOrders workOrders,
      PlantService plant,
      JdbcClient jdbc,
      JsonMapper json) {
    this.commands = commands;
    this.ledger = ledger;
    this.workOrders = workOrders;
    this.plant = plant;
    this.jdbc = jdbc;
    this.json = json;
  }

  AcceptedSchedule accept(Actor actor, String key, String id, LocalDate from, Schedule plan) {
    return commands.run(
        actor,
        key,
        "schedule.accept",
        Map.of("schedule", id),
        AcceptedSchedule.class,
        () -> {
          if (find(id).isPresent()) {
            throw CommandRejected.conflict("schedule", "schedule " + id + " is accepted already");
          }
          cancelUnstartedOfEarlierPlans(actor, id);
          ZoneId zone = plant.plant().site().zone();
          List<@Nullable WorkOrderId> names = new ArrayList<>();
          int n = 0;
          for (ScheduledJob j : plan.jobs()) {
            if (j.pinned()) {
              names.add(null);
              continue;
            }
            String wo = id + "-" + ++n;
            workOrders.enter(
                actor,
                null,
                new WorkOrderRequest(
                    wo,
                    j.line().value(),
                    j.product().value(),
                    BigDecimal.valueOf(j.quantity()),
                    j.start().atZone(zone).toInstant()));
            names.add(new WorkOrderId(wo));
          }
          ledger.append(actor, PlanDocument.accepted(id, from, plan, names));
          return find(id).orElseThrow();
        });
  }

  /** The new plan replaces the old: earlier plans' work orders no run has started are cancelled. */
  private void cancelUnstartedOfEarlierPlans(Actor actor, String id) {
    List<String> earlier =
        jdbc.sql("SELECT work_order FROM schedule_job WHERE work_order IS NOT NULL")
            .query(String.class)
            .list();
    for (String wo : earlier) {
      workOrders
          .find(wo)
          .filter(w -> "OPEN".equals(w.status()) && w.good() == 0)
          .ifPresent(w -> workOrders.cancelUnstarted(actor, wo, "replaced by schedule " + id));
    }
  }

  Optional<AcceptedSchedule> last() {
    return jdbc.sql("SELECT id FROM schedule_accepted ORDER BY ledger_seq DESC LIMIT 1")
        .query(String.class)
        .optional()
        .flatMap(this::find);
  }

  Optional<AcceptedSchedule> find(String id) {
    return jdbc.sql(
            "SELECT id, from_date, accepted_at, accepted_by, ledger_seq, plan"
                + " FROM schedule_accepted WHERE id = ?")
        .param(id)
        .query(
            (rs, i) -> {
              Map<String, Object> p =
                  json.readValue(rs.getString(6), new TypeReference<Map<String, Object>>() {});
              return new AcceptedSchedule(
                  rs.getString(1),
                  rs.getObject(2, LocalDate.class),
                  rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                  rs.getString(4),
                  rs.getLong(5),
                  map(p.get("metrics")),
                  list(p.get("jobs")),
                  list(p.get("changeovers")),
                  list(p.get("lateOrders")));
            })
        .optional();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return o == null ? List.of() : (List<Map<String, Object>>) o;
  }
}
