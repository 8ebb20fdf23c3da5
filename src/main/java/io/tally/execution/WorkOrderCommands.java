package io.tally.execution;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import io.tally.kernel.CommandRejected;
import org.jspecify.annotations.Nullable;

/** The commands on work orders besides entering one ({@link WorkOrderRequest}). */
public final class WorkOrderCommands {
  private WorkOrderCommands() {}

  /** Cancel work order {@code workOrder}, which no run has started; the reason may be empty. */
  @CommandName("workorder.cancel")
  public record Cancel(WorkOrderId workOrder, String reason) implements Command<WorkOrderView> {
    public Cancel {
      reason = reason == null ? "" : reason;
    }

    /** The command for work order {@code text} as sent; text of another form names no order. */
    public static Cancel of(String text, @Nullable String reason) {
      try {
        return new Cancel(new WorkOrderId(text), reason);
      } catch (IllegalArgumentException e) {
        throw CommandRejected.notFound("workOrder", "no work order '" + text + "'");
      }
    }

    @Override
    public Class<WorkOrderView> answerType() {
      return WorkOrderView.class;
    }
  }
}
