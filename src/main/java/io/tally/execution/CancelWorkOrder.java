package io.tally.execution;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import org.springframework.stereotype.Component;

/** Cancels an unstarted work order as a command of its own (PLANNER, ADMIN). */
@Component
class CancelWorkOrder implements CommandHandler<WorkOrderCommands.Cancel, WorkOrderView> {
  private final WorkOrders workOrders;

  CancelWorkOrder(WorkOrders workOrders) {
    this.workOrders = workOrders;
  }

  @Override
  public Class<WorkOrderCommands.Cancel> commandType() {
    return WorkOrderCommands.Cancel.class;
  }

  @Override
  public WorkOrderView handle(WorkOrderCommands.Cancel command, Actor actor) {
    workOrders.cancelUnstarted(actor, command.workOrder().value(), command.reason());
    return workOrders.find(command.workOrder().value()).orElseThrow();
  }
}
