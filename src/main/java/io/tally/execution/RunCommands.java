package io.tally.execution;

import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import io.tally.kernel.CommandRejected;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The commands on a run besides its start ({@link StartRunRequest}); each command's handler is
 * named after it ({@link EndRun}, {@link CloseLot}).
 */
public final class RunCommands {
  private RunCommands() {}

  /** Run {@code text} as sent by a client; text not of a run id's form is refused as no run. */
  static RunId runId(String text) {
    try {
      return new RunId(text);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.notFound("run", "no run '" + text + "'");
    }
  }

  /** End run {@code run}, closing its open lot. */
  @CommandName("run.end")
  public record End(RunId run) implements Command<RunView> {
    /** The command for run {@code text} as sent; text that is no run id names no run. */
    public static End of(String text) {
      return new End(runId(text));
    }

    @Override
    public Class<RunView> answerType() {
      return RunView.class;
    }
  }

  /**
   * Close lot {@code lot} by hand; its run goes on. The lot number is written as its text where a
   * command is recorded (the idempotency record's hash).
   */
  @CommandName("lot.close")
  public record Close(@JsonSerialize(using = ToStringSerializer.class) LotNumber lot)
      implements Command<ProductionLotView> {
    /** The command for lot {@code text} as sent; text that is no lot number names no lot. */
    public static Close of(String text) {
      try {
        return new Close(LotNumber.parse(text));
      } catch (IllegalArgumentException e) {
        throw CommandRejected.notFound("lot", "no lot '" + text + "'");
      }
    }

    @Override
    public Class<ProductionLotView> answerType() {
      return ProductionLotView.class;
    }
  }
}
