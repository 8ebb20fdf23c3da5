package io.tally.cli;

import io.tally.scheduling.solver.LateOrder;
import io.tally.scheduling.solver.PlanLowerBound;
import io.tally.scheduling.solver.PlanMetrics;
import io.tally.scheduling.solver.PlanResult;
import io.tally.scheduling.solver.Schedule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON document of {@code tally plan --json}: ids as plain strings, times as ISO text. */
final class PlanJson {
  private PlanJson() {}

  static Map<String, Object> document(PlanResult r) {
    Schedule s = r.plan();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("engine", r.engine());
    doc.put("millisToFirstPlan", r.millisToFirstPlan());
    doc.put("millisTotal", r.millisTotal());
    doc.put("moves", r.moves());
    doc.put(
        "jobs",
        s.jobs().stream()
            .map(
                j ->
                    map(
                        "order", j.order().value(),
                        "line", j.line().value(),
                        "product", j.product().value(),
                        "quantity", j.quantity(),
                        "start", j.start().toString(),
                        "end", j.end().toString()))
            .toList());
    doc.put(
        "changeovers",
        s.changeovers().stream()
            .map(
                c ->
                    map(
                        "line", c.line().value(),
                        "start", c.start().toString(),
                        "end", c.end().toString(),
                        "from", c.from().value(),
                        "to", c.to().value(),
                        "minutes", c.minutes()))
            .toList());
    doc.put("metrics", metrics(s.metrics()));
    doc.put("baselineEdd", metrics(r.baselineEdd()));
    doc.put("lateOrders", s.lateOrders().stream().map(PlanJson::late).toList());
    return doc;
  }

  private static Map<String, Object> metrics(PlanMetrics m) {
    Map<String, Object> out =
        map(
            "tardinessHours", m.tardinessHours(),
            "lateOrders", m.lateOrders(),
            "changeoverHours", m.changeoverHours(),
            "makespan", String.valueOf(m.makespan()));
    out.put("lowerBound", bound(m.lowerBound()));
    return out;
  }

  private static Map<String, Object> bound(PlanLowerBound b) {
    Map<String, Object> out =
        map("tardinessHours", b.tardinessHours(), "makespan", b.makespan().toString());
    out.put(
        "capacity",
        b.capacity().stream()
            .map(
                g ->
                    map(
                        "lines", g.lines().stream().map(l -> l.value()).toList(),
                        "products", g.products().stream().map(p -> p.value()).toList(),
                        "demandHours", round(g.demandHours()),
                        "availableHours", round(g.availableHours()),
                        "until", g.until().toString()))
            .toList());
    return out;
  }

  private static Map<String, Object> late(LateOrder l) {
    Map<String, Object> out =
        map(
            "order", l.order().value(),
            "priority", l.priority(),
            "due", l.due().toString(),
            "finishes", l.finishes().toString(),
            "hoursLate", l.hoursLate(),
            "line", l.line().value());
    out.put("workBeforeHours", l.workBeforeHours());
    out.put("workDueLaterBeforeHours", l.workDueLaterBeforeHours());
    out.put("changeoversBefore", l.changeoversBefore());
    out.put("changeoverHoursBefore", l.changeoverHoursBefore());
    out.put("maintenanceInWay", List.copyOf(l.maintenanceInWay()));
    out.put("capableLinesHoursUntilDue", l.capableLinesHoursUntilDue());
    out.put("demandDueByThenHours", l.demandDueByThenHours());
    out.put("explanation", l.explanation());
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
