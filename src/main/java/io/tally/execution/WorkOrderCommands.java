package io.tally.execution;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;

/** The commands on work orders besides entering one ({@link WorkOrderRequest}). */
public final class WorkOrderCommands {
  private WorkOrderCommands() {}

  /** Cancel work order {@code workOrder}, which no run has started; the reason may be empty. */
  @CommandName("workorder.cancel")
  public record Cancel(String workOrder, String reason) implements Command<WorkOrderView> {
    public Cancel {
      reason = reason == null ? "" : reason;
    }

    @Override
    public Class<WorkOrderView> answerType() {
      return WorkOrderView.class;
    }
  }
}
