package io.tally.execution;

import io.tally.input.Day;
import io.tally.input.Ident;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import java.math.BigDecimal;
import java.time.Instant;

/** A planner's work order: make a quantity of a product on a line, starting at a planned time. */
@CommandName("workorder.enter")
public record WorkOrderRequest(
    @Ident String id,
    @Ident String line,
    @Ident String product,
    BigDecimal quantity,
    @Day Instant plannedStart)
    implements Command<WorkOrderView> {
  @Override
  public Class<WorkOrderView> answerType() {
    return WorkOrderView.class;
  }
}
