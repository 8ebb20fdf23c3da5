package io.tally.execution;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The commands on a line's stops ({@link StartStop}, {@link EndStop}); a stop's correction is
 * {@link StopCorrectionRequest}. {@code occurredAt}, for one entered late, is when it happened.
 */
public final class StopCommands {
  private StopCommands() {}

  /** Line {@code line} stopped, for a reason code of the plant file. */
  @CommandName("stop.start")
  public record Start(String line, @Nullable String reason, @Nullable Instant occurredAt)
      implements Command<StopView> {
    public Start(String line, StopRequest r) {
      this(line, r.reason(), r.occurredAt());
    }

    @Override
    public Class<StopView> answerType() {
      return StopView.class;
    }
  }

  /** Line {@code line} started again. */
  @CommandName("stop.end")
  public record End(String line, @Nullable Instant occurredAt) implements Command<StopView> {
    public End(String line) {
      this(line, null);
    }

    @Override
    public Class<StopView> answerType() {
      return StopView.class;
    }
  }
}
