package io.tally.scheduling;

import io.tally.scheduling.solver.Changeover;
import io.tally.scheduling.solver.LateOrder;
import io.tally.scheduling.solver.PlanLowerBound;
import io.tally.scheduling.solver.PlanMetrics;
import io.tally.scheduling.solver.Schedule;
import io.tally.scheduling.solver.ScheduledJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as plain maps (ids as strings, times as ISO local date-times of the plant): the shape of
 * the ScheduleAccepted payload and of the API answers, so replay and the API read the same thing.
 */
final class PlanDocument {
  private PlanDocument() {}

  /** Jobs with the work order each was entered as (null for a pinned job, which keeps its own). */
  static List<Map<String, Object>> jobs(List<ScheduledJob> jobs, List<String> workOrders) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      ScheduledJob j = jobs.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("workOrder", workOrders.get(i));
      m.put("order", j.order().value());
      m.put("line", j.line().value());
      m.put("product", j.product().value());
      m.put("quantity", j.quantity());
      m.put("start", j.start().toString());
      m.put("end", j.end().toString());
      m.put("pinned", j.pinned());
      out.add(m);
    }
    return out;
  }

  static List<Map<String, Object>> changeovers(List<Changeover> changeovers) {
    return changeovers.stream()
        .map(
            c -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("line", c.line().value());
              m.put("start", c.start().toString());
              m.put("end", c.end().toString());
              m.put("from", c.from().value());
              m.put("to", c.to().value());
              m.put("minutes", c.minutes());
              return m;
            })
        .toList();
  }

  static Map<String, Object> metrics(PlanMetrics m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tardinessHours", round(m.tardinessHours()));
    out.put("lateOrders", m.lateOrders());
    out.put("changeoverHours", round(m.changeoverHours()));
    out.put("makespan", String.valueOf(m.makespan()));
    PlanLowerBound b = m.lowerBound();
    Map<String, Object> bound = new LinkedHashMap<>();
    bound.put("tardinessHours", round(b.tardinessHours()));
    bound.put("makespan", String.valueOf(b.makespan()));
    out.put("lowerBound", bound);
    return out;
  }

  static List<Map<String, Object>> lateOrders(List<LateOrder> late) {
    return late.stream()
        .map(
            l -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("order", l.order().value());
              m.put("priority", l.priority());
              m.put("due", l.due().toString());
              m.put("finishes", l.finishes().toString());
              m.put("hoursLate", round(l.hoursLate()));
              m.put("line", l.line() == null ? null : l.line().value());
              m.put("explanation", l.explanation());
              return m;
            })
        .toList();
  }

  /** The whole plan: jobs, changeovers, metrics and late orders. */
  static Map<String, Object> plan(Schedule s, List<String> workOrders) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("metrics", metrics(s.metrics()));
    doc.put("jobs", jobs(s.jobs(), workOrders));
    doc.put("changeovers", changeovers(s.changeovers()));
    doc.put("lateOrders", lateOrders(s.lateOrders()));
    return doc;
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
