package io.tally.scheduling.solver;

import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.MaintenanceWindow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Explains each late order from the plan itself: what ran before its last lot on that line (and how
 * much of it was due later), the changeovers and maintenance windows on the way, and whether the
 * capable lines had the hours before the due date at all.
 */
final class LateExplainer {
  private LateExplainer() {}

  static List<LateOrder> explain(PlantProblem pp, Schedule s, List<Order> orders) {
    Map<OrderId, Order> byId = new HashMap<>();
    orders.forEach(o -> byId.put(o.id(), o));
    Map<OrderId, ScheduledJob> last = new HashMap<>();
    for (ScheduledJob j : s.jobs()) {
      last.merge(j.order(), j, (a, b) -> b.end().isAfter(a.end()) ? b : a);
    }
    List<LateOrder> out = new ArrayList<>();
    for (ScheduledJob j : last.values()) {
      Order o = byId.get(j.order());
      LocalDateTime due = o.due().plusDays(1).atStartOfDay();
      if (j.end().isAfter(due)) {
        out.add(one(pp, s, o, j, due, byId));
      }
    }
    out.sort(Comparator.comparing(LateOrder::hoursLate).reversed());
    return out;
  }

  private static LateOrder one(
      PlantProblem pp,
      Schedule s,
      Order o,
      ScheduledJob j,
      LocalDateTime due,
      Map<OrderId, Order> byId) {
    double before = 0;
    double dueLater = 0;
    for (ScheduledJob x : s.jobs()) {
      if (x.line().equals(j.line()) && x.end().compareTo(j.start()) <= 0) {
        double h = workHours(pp, x);
        before += h;
        if (byId.get(x.order()).due().isAfter(o.due())) {
          dueLater += h;
        }
      }
    }
    int changeovers = 0;
    int changeoverMinutes = 0;
    for (Changeover c : s.changeovers()) {
      if (c.line().equals(j.line()) && c.end().compareTo(j.start()) <= 0) {
        changeovers++;
        changeoverMinutes += c.minutes();
      }
    }
    List<String> maintenance = new ArrayList<>();
    var line = pp.plant.line(j.line());
    for (MaintenanceWindow w : pp.plant.calendarOf(line).maintenance()) {
      if (w.appliesTo(j.line()) && w.start().isBefore(j.end()) && w.end().isAfter(pp.origin)) {
        maintenance.add(w.reason() + " " + w.start() + " to " + w.end());
      }
    }
    SchedulingProblem p = pp.problem;
    long dueMinute = pp.minutes(due);
    List<LineId> capable = new ArrayList<>();
    double hoursUntilDue = 0;
    long earliestAlone = Long.MAX_VALUE;
    for (int k = 0; k < p.lines; k++) {
      var cap = pp.lines.get(k).capability(o.product());
      if (cap.isPresent()) {
        capable.add(pp.lines.get(k).id());
        hoursUntilDue += p.timeline[k].workBefore(dueMinute) / 60.0;
        long minutes = (long) Math.ceil(j.quantity() * 60.0 / cap.get().ratedPerHour());
        earliestAlone = Math.min(earliestAlone, p.timeline[k].endAt(minutes));
      }
    }
    double demandByDue = 0;
    for (int x = 0; x < p.jobs; x++) {
      boolean shares = false;
      for (int k : p.eligible[x]) {
        shares |= capable.contains(pp.lines.get(k).id());
      }
      if (shares && p.due[x] <= dueMinute) {
        long min = Long.MAX_VALUE;
        for (int k : p.eligible[x]) {
          min = Math.min(min, p.duration[x][k]);
        }
        demandByDue += min / 60.0;
      }
    }
    double late = Duration.between(due, j.end()).toMinutes() / 60.0;
    String lines = capable.stream().map(LineId::value).collect(Collectors.joining(", "));
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "Order %s (priority %d) is due %s and ends %s on %s, %.1f h late. On %s, %.1f h of"
                + " work come first, %.1f h of it for orders due later; %d changeovers (%.1f h)",
            o.id(),
            o.priority(),
            o.due(),
            j.end(),
            j.line(),
            late,
            j.line(),
            before,
            dueLater,
            changeovers,
            changeoverMinutes / 60.0));
    text.append(
        maintenance.isEmpty()
            ? " are in the way."
            : " and maintenance (" + String.join("; ", maintenance) + ") are in the way.");
    if (earliestAlone > dueMinute) {
      text.append(
          String.format(
              Locale.ROOT,
              " Even alone on the fastest capable line from the start of the plan its last lot"
                  + " could not end before %s: the lateness is unavoidable; move the due date or"
                  + " start earlier.",
              pp.at(earliestAlone)));
    } else if (demandByDue > hoursUntilDue) {
      text.append(
          String.format(
              Locale.ROOT,
              " The lines that can make %s (%s) have %.1f working hours before the due date for"
                  + " %.1f h of work due by then: capacity is short by %.1f h; add shifts or move"
                  + " due dates.",
              o.product(),
              lines,
              hoursUntilDue,
              demandByDue,
              demandByDue - hoursUntilDue));
    } else {
      text.append(
          String.format(
              Locale.ROOT,
              " The lines that can make %s (%s) have %.1f working hours before the due date for"
                  + " %.1f h of work due by then: capacity suffices, the lateness comes from"
                  + " sequencing against changeovers and other orders' priorities.",
              o.product(),
              lines,
              hoursUntilDue,
              demandByDue));
    }
    return new LateOrder(
        o.id(),
        o.priority(),
        o.due(),
        j.end(),
        ScheduleMetrics.round(late),
        j.line(),
        ScheduleMetrics.round(before),
        ScheduleMetrics.round(dueLater),
        changeovers,
        ScheduleMetrics.round(changeoverMinutes / 60.0),
        maintenance,
        ScheduleMetrics.round(hoursUntilDue),
        ScheduleMetrics.round(demandByDue),
        text.toString());
  }

  private static double workHours(PlantProblem pp, ScheduledJob x) {
    var rate = pp.plant.line(x.line()).capability(x.product()).orElseThrow().ratedPerHour();
    return x.quantity() / rate;
  }
}
