package io.tally.scheduling;

import io.tally.execution.WorkOrderId;
import io.tally.execution.WorkOrderRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.PlantService;
import io.tally.scheduling.solver.ScheduledJob;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Accepts a plan: one ScheduleAccepted entry carrying the whole plan, and one work order per
 * planned job that is not already running (a pinned job keeps the work order its run makes), named
 * {@code <schedule>-<n>}, so each line's dispatch list follows the plan. The work orders are
 * entered by execution's own command, inside this one: all in one transaction.
 */
@Component
class AcceptSchedule implements CommandHandler<ScheduleRequests.Accept, AcceptedSchedule> {
  private final AcceptedSchedules accepted;
  private final CommandExecutor commands;
  private final Ledger ledger;
  private final PlantService plant;

  AcceptSchedule(
      AcceptedSchedules accepted, CommandExecutor commands, Ledger ledger, PlantService plant) {
    this.accepted = accepted;
    this.commands = commands;
    this.ledger = ledger;
    this.plant = plant;
  }

  @Override
  public Class<ScheduleRequests.Accept> commandType() {
    return ScheduleRequests.Accept.class;
  }

  @Override
  public AcceptedSchedule handle(ScheduleRequests.Accept command, Actor actor) {
    String id = command.schedule();
    if (accepted.find(id).isPresent()) {
      throw CommandRejected.conflict("schedule", "schedule " + id + " is accepted already");
    }
    accepted.cancelUnstartedOfEarlierPlans(actor, id);
    ZoneId zone = plant.plant().site().zone();
    List<@Nullable WorkOrderId> names = new ArrayList<>();
    int n = 0;
    for (ScheduledJob j : command.plan().jobs()) {
      if (j.pinned()) {
        names.add(null);
        continue;
      }
      String wo = id + "-" + ++n;
      commands.execute(
          actor,
          new WorkOrderRequest(
              wo,
              j.line().value(),
              j.product().value(),
              BigDecimal.valueOf(j.quantity()),
              j.start().atZone(zone).toInstant()));
      names.add(new WorkOrderId(wo));
    }
    ledger.append(actor, PlanDocument.accepted(id, command.from(), command.plan(), names));
    return accepted.find(id).orElseThrow();
  }
}
