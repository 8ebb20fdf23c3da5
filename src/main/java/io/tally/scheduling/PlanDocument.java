package io.tally.scheduling;

import io.tally.execution.WorkOrderId;
import io.tally.ledger.Events;
import io.tally.scheduling.ScheduleEvent.ChangeoverSlot;
import io.tally.scheduling.ScheduleEvent.Job;
import io.tally.scheduling.ScheduleEvent.Late;
import io.tally.scheduling.ScheduleEvent.Metrics;
import io.tally.scheduling.ScheduleEvent.ScheduleAccepted;
import io.tally.scheduling.solver.PlanMetrics;
import io.tally.scheduling.solver.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan as the ScheduleAccepted event holds it, and as plain maps of the same shape (ids as
 * strings, times as ISO local date-times of the plant) for the API answers, so replay and the API
 * read the same thing.
 */
final class PlanDocument {
  private PlanDocument() {}

  /** The event accepting the plan, each job with the work order it was entered as (or none). */
  static ScheduleAccepted accepted(
      String id, LocalDate from, Schedule s, List<@Nullable WorkOrderId> workOrders) {
    return new ScheduleAccepted(
        id,
        from,
        s.jobs().size(),
        Metrics.of(s.metrics()),
        jobs(s, workOrders),
        s.changeovers().stream().map(ChangeoverSlot::of).toList(),
        s.lateOrders().stream().map(Late::of).toList());
  }

  static Map<String, @Nullable Object> metrics(PlanMetrics m) {
    return Events.fields(Metrics.of(m));
  }

  /** The whole plan, without work orders: metrics, jobs, changeovers and late orders. */
  static Map<String, Object> plan(Schedule s) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("metrics", metrics(s.metrics()));
    doc.put(
        "jobs",
        jobs(s, Collections.nCopies(s.jobs().size(), null)).stream().map(Events::fields).toList());
    doc.put(
        "changeovers",
        s.changeovers().stream().map(c -> Events.fields(ChangeoverSlot.of(c))).toList());
    doc.put("lateOrders", s.lateOrders().stream().map(l -> Events.fields(Late.of(l))).toList());
    return doc;
  }

  private static List<Job> jobs(Schedule s, List<@Nullable WorkOrderId> workOrders) {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < s.jobs().size(); i++) {
      jobs.add(Job.of(s.jobs().get(i), workOrders.get(i)));
    }
    return jobs;
  }
}
