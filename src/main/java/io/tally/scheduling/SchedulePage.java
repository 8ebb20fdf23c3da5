package io.tally.scheduling;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import io.tally.plant.PlantService;
import io.tally.security.Role;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
    model.addAttribute(
        "ganttJson",
        plan == null ? "null" : json.writeValueAsString(GanttChart.rows(plant.plant(), plan)));
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
}
