package io.tally.execution;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The commands on a line's stops ({@link StartStop}, {@link EndStop}); a stop's correction is
 * {@link StopCorrectionRequest}. {@code occurredAt}, for one entered late, is when it happened.
 */
public final class StopCommands {
  private StopCommands() {}

  /**
   * Line {@code text} as a request names it: missing is refused as required, text of another form
   * as no such line (what the handler says of a line the plant does not have).
   */
  static LineId lineId(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw CommandRejected.invalid("line", "line is required");
    }
    try {
      return new LineId(text);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.notFound("line", "no line '" + text + "'");
    }
  }

  /** Line {@code line} stopped, for a reason code of the plant file. */
  @CommandName("stop.start")
  public record Start(LineId line, @Nullable String reason, @Nullable Instant occurredAt)
      implements Command<StopView> {
    /** The command for line {@code line} as sent, with the request's reason and time. */
    public static Start of(@Nullable String line, StopRequest r) {
      return new Start(lineId(line), r.reason(), r.occurredAt());
    }

    @Override
    public Class<StopView> answerType() {
      return StopView.class;
    }
  }

  /** Line {@code line} started again. */
  @CommandName("stop.end")
  public record End(LineId line, @Nullable Instant occurredAt) implements Command<StopView> {
    /** The command for line {@code line} as sent, ended at {@code occurredAt} or now (null). */
    public static End of(@Nullable String line, @Nullable Instant occurredAt) {
      return new End(lineId(line), occurredAt);
    }

    public static End of(@Nullable String line) {
      return of(line, null);
    }

    @Override
    public Class<StopView> answerType() {
      return StopView.class;
    }
  }
}
