package io.tally.scheduling;

import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.MaintenanceWindow;
import io.tally.plant.model.Plant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedule page's chart data from a plan document: the plant's lines, the jobs with the late
 * ones marked, the changeovers, and the maintenance windows that fall within the plan.
 */
final class GanttChart {
  private GanttChart() {}

  /** Chart rows: lines, jobs (late ones marked), changeovers and maintenance windows per line. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> rows(Plant p, Map<String, Object> plan) {
    List<String> lineIds = p.lines().stream().map(l -> l.id().value()).toList();
    List<Map<String, Object>> jobs = (List<Map<String, Object>>) plan.get("jobs");
    Map<String, LocalDateTime> dueEnd = new HashMap<>();
    for (Map<String, Object> l : (List<Map<String, Object>>) plan.get("lateOrders")) {
      dueEnd.put(
          l.get("order").toString(),
          LocalDate.parse(l.get("due").toString()).plusDays(1).atStartOfDay());
    }
    List<Map<String, Object>> marked = new ArrayList<>();
    LocalDateTime first = null;
    LocalDateTime last = null;
    for (Map<String, Object> j : jobs) {
      Map<String, Object> m = new LinkedHashMap<>(j);
      LocalDateTime start = LocalDateTime.parse(j.get("start").toString());
      LocalDateTime end = LocalDateTime.parse(j.get("end").toString());
      LocalDateTime due = dueEnd.get(j.get("order").toString());
      m.put("late", due != null && end.isAfter(due));
      marked.add(m);
      first = first == null || start.isBefore(first) ? start : first;
      last = last == null || end.isAfter(last) ? end : last;
    }
    List<Map<String, Object>> maintenance = new ArrayList<>();
    for (Line line : p.lines()) {
      for (MaintenanceWindow w : p.calendarOf(line).maintenance()) {
        if (w.appliesTo(line.id()) && overlaps(w, first, last)) {
          maintenance.add(window(line.id(), w));
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("lines", lineIds);
    out.put("jobs", marked);
    out.put("changeovers", plan.get("changeovers"));
    out.put("maintenance", maintenance);
    return out;
  }

  private static boolean overlaps(MaintenanceWindow w, LocalDateTime first, LocalDateTime last) {
    return first != null && w.end().isAfter(first) && w.start().isBefore(last);
  }

  private static Map<String, Object> window(LineId line, MaintenanceWindow w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("line", line.value());
    m.put("start", w.start().toString());
    m.put("end", w.end().toString());
    m.put("reason", w.reason());
    return m;
  }
}
