package io.tally.scheduling;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.security.Role;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schedules")
class ScheduleController {
  static final String READERS = "hasAnyRole('ADMIN','PLANNER','AUDITOR','OPERATOR')";

  private final ScheduleService schedules;
  private final CommandExecutor commands;

  ScheduleController(ScheduleService schedules, CommandExecutor commands) {
    this.schedules = schedules;
    this.commands = commands;
  }

  @PostMapping
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  @ResponseStatus(HttpStatus.ACCEPTED)
  SolveStatus start(@RequestBody(required = false) @Valid ScheduleRequests.Solve request) {
    ScheduleRequests.Solve r = request == null ? new ScheduleRequests.Solve(null, null) : request;
    return schedules.start(r.from(), r.timeLimitSeconds());
  }

  @GetMapping("/current")
  @PreAuthorize(READERS)
  SolveStatus current() {
    return schedules.current();
  }

  @PostMapping("/current/stop")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  SolveStatus stop() {
    return schedules.stop();
  }

  @PostMapping("/current/accept")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  AcceptedSchedule accept(IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, schedules.acceptance());
  }

  @GetMapping("/accepted")
  @PreAuthorize(READERS)
  AcceptedSchedule accepted() {
    return schedules
        .lastAccepted()
        .orElseThrow(() -> CommandRejected.notFound("schedule", "no schedule has been accepted"));
  }

  @PostMapping("/repair")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  ScheduleService.RepairResult repair(@RequestBody @Valid ScheduleRequests.Repair request) {
    return schedules.repair(request.line(), request.reason());
  }
}
