package io.tally.scheduling;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import io.tally.plant.PlantService;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.MaintenanceWindow;
import io.tally.plant.model.Plant;
import io.tally.security.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Gantt page: per line the jobs of the current solve's best plan (while one is not yet
 * accepted) or of the accepted schedule, changeovers, maintenance windows and late jobs; for
 * planners, buttons to start a solve, stop it and accept its plan.
 */
@Controller
class SchedulePage {
  private final ScheduleService schedules;
  private final CommandExecutor commands;
  private final PlantService plant;
  private final JsonMapper json;

  SchedulePage(
      ScheduleService schedules, CommandExecutor commands, PlantService plant, JsonMapper json) {
    this.schedules = schedules;
    this.commands = commands;
    this.plant = plant;
    this.json = json;
  }

  @GetMapping("/schedule")
  @PreAuthorize(ScheduleController.READERS)
  String page(Model model) {
    Optional<SolveStatus> status = current();
    Optional<AcceptedSchedule> accepted = schedules.lastAccepted();
    boolean showCurrent =
        status.isPresent()
            && schedules.currentPlan().isPresent()
            && accepted.map(a -> !a.id().equals(status.get().id())).orElse(true);
    Map<String, Object> plan;
    String shown;
    if (showCurrent) {
      var best = schedules.currentPlan().orElseThrow();
      plan = PlanDocument.plan(best);
      shown = "best plan of solve " + status.get().id() + " (not accepted)";
    } else if (accepted.isPresent()) {
      AcceptedSchedule a = accepted.get();
      plan = new LinkedHashMap<>();
      plan.put("metrics", a.metrics());
      plan.put("jobs", a.jobs());
      plan.put("changeovers", a.changeovers());
      plan.put("lateOrders", a.lateOrders());
      shown = "accepted schedule " + a.id() + " (by " + a.acceptedBy() + ")";
    } else {
      plan = null;
      shown = "no plan yet";
    }
    model.addAttribute("status", status.orElse(null));
    model.addAttribute("shown", shown);
    model.addAttribute("plan", plan);
    model.addAttribute("today", schedules.today());
    model.addAttribute("ganttJson", plan == null ? "null" : json.writeValueAsString(gantt(plan)));
    return "schedule";
  }

  @PostMapping("/schedule/solve")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  String solve(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) Integer seconds,
      Model model) {
    return act(
        model,
        () -> {
          var checked = FormFields.valid(new ScheduleRequests.Solve(from, seconds));
          return "Solve "
              + schedules.start(checked.from(), checked.timeLimitSeconds()).id()
              + " started.";
        });
  }

  @PostMapping("/schedule/stop")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  String stop(Model model) {
    return act(model, () -> "Stop requested for solve " + schedules.stop().id() + ".");
  }

  @PostMapping("/schedule/accept")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  String accept(IdempotencyKey key, Actor actor, Model model) {
    return act(
        model,
        () -> {
          AcceptedSchedule a = commands.execute(actor, key, schedules.acceptance());
          return "Schedule " + a.id() + " accepted: " + a.jobs().size() + " jobs.";
        });
  }

  private String act(Model model, Supplier<String> command) {
    try {
      model.addAttribute("message", command.get());
    } catch (CommandRejected e) {
      model.addAttribute("error", e.field() + ": " + e.getMessage());
    }
    return page(model);
  }

  private Optional<SolveStatus> current() {
    try {
      return Optional.of(schedules.current());
    } catch (CommandRejected e) {
      return Optional.empty();
    }
  }

  /** Chart rows: lines, jobs (late ones marked), changeovers and maintenance windows per line. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> gantt(Map<String, Object> plan) {
    Plant p = plant.plant();
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
