package io.tally.execution;

import io.tally.input.Ident;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;

/**
 * The commands on a run besides its start ({@link StartRunRequest}); each command's handler is
 * named after it ({@link EndRun}, {@link CloseLot}).
 */
public final class RunCommands {
  private RunCommands() {}

  /** End run {@code run}, closing its open lot. */
  @CommandName("run.end")
  public record End(@Ident String run) implements Command<RunView> {
    @Override
    public Class<RunView> answerType() {
      return RunView.class;
    }
  }

  /** Close lot {@code lot} by hand; its run goes on. */
  @CommandName("lot.close")
  public record Close(@Ident String lot) implements Command<ProductionLotView> {
    @Override
    public Class<ProductionLotView> answerType() {
      return ProductionLotView.class;
    }
  }
}
