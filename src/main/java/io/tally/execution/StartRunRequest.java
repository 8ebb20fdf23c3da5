package io.tally.execution;

import io.tally.input.Ident;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;

/**
 * Start a run on a line for a product, optionally against a work order (then the product may be
 * left out and is the order's).
 */
@CommandName("run.start")
public record StartRunRequest(@Ident String line, @Ident String product, @Ident String workOrder)
    implements Command<RunView> {
  @Override
  public Class<RunView> answerType() {
    return RunView.class;
  }
}
