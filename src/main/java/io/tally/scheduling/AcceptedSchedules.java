package io.tally.scheduling;

import io.tally.execution.WorkOrderStatus;
import io.tally.execution.WorkOrders;
import io.tally.kernel.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepted plans as {@link AcceptSchedule} recorded them, and the work orders of earlier plans a
 * new one replaces.
 */
@Component
class AcceptedSchedules {
  private final WorkOrders workOrders;
  private final JdbcClient jdbc;
  private final JsonMapper json;

  AcceptedSchedules(WorkOrders workOrders, JdbcClient jdbc, JsonMapper json) {
    this.workOrders = workOrders;
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The new plan replaces the old: earlier plans' work orders no run has started are cancelled. */
  void cancelUnstartedOfEarlierPlans(Actor actor, String id) {
    List<String> earlier =
        jdbc.sql("SELECT work_order FROM schedule_job WHERE work_order IS NOT NULL")
            .query(String.class)
            .list();
    for (String wo : earlier) {
      workOrders
          .find(wo)
          .filter(w -> w.status() == WorkOrderStatus.OPEN && w.good() == 0)
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
