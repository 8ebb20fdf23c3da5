package io.tally.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import io.tally.kernel.CommandRejected;
import io.tally.quality.sampling.ProductionRate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The two switches of an inspection stream the standard leaves to the responsible authority
 * (decided by {@link ApproveReducedInspection} and {@link AcceptCorrectiveAction}). As with {@link
 * LotCommands}, each writes itself as the list its idempotency key was hashed from before commands
 * were records.
 */
final class StreamCommands {
  private static final int TEXT_MAX = 2000;

  private StreamCommands() {}

  /** A switch of {@code stream}, answered with the stream's state afterwards. */
  interface StreamCommand extends Command<StreamView> {
    StreamId stream();

    @Override
    default Class<StreamView> answerType() {
      return StreamView.class;
    }
  }

  /** Approve reduced inspection on {@code stream}; production must be steady. */
  @CommandName("quality.reduced")
  record ApproveReduced(StreamId stream, ProductionRate production) implements StreamCommand {

    /** The production rate the approver states: STEADY, or the request is refused. */
    static ProductionRate steady(StreamRequests.@Nullable ReducedApproval request) {
      ProductionRate production;
      try {
        production = ProductionRate.valueOf(request.production().trim().toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw CommandRejected.invalid("production", "production is STEADY or IRREGULAR");
      }
      if (production != ProductionRate.STEADY) {
        throw CommandRejected.invalid(
            "production", "reduced inspection needs production at a steady rate");
      }
      return production;
    }

    @JsonValue
    List<Object> keyedAs() {
      return List.of(stream, production);
    }
  }

  /** Accept the supplier's corrective action on discontinued {@code stream}. */
  @CommandName("quality.corrective-action")
  record RecordCorrectiveAction(StreamId stream, String action) implements StreamCommand {

    /** The action described, trimmed: required, at most 2000 characters. */
    static String action(StreamRequests.@Nullable CorrectiveAction request) {
      String action = request == null || request.action() == null ? "" : request.action().trim();
      if (action.isEmpty() || action.length() > TEXT_MAX) {
        throw CommandRejected.invalid(
            "action", "describe the corrective action (at most 2000 characters)");
      }
      return action;
    }

    @JsonValue
    List<Object> keyedAs() {
      return List.of(stream, action);
    }
  }
}
