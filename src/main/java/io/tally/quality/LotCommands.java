package io.tally.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import io.tally.kernel.CommandRejected;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Quality's commands on a lot: its inspection ({@link InspectLot}) and what becomes of it when held
 * ({@link ReworkLot}, {@link ScrapLot}, {@link RequestLotConcession}, {@link
 * ApproveLotConcession}). Each is checked for form as it is made from what was sent, before its
 * idempotency key is looked at.
 *
 * <p>An idempotency key is bound to its command's name and to the hash of the command as JSON. Each
 * record writes itself as the list its service passed before commands were records ({@code
 * keyedAs}), so a key stored then still matches the same request sent again.
 */
final class LotCommands {
  private static final int REASON_MAX = 2000;

  private LotCommands() {}

  /** A command on lot {@code lot}, answered with the lot as quality sees it afterwards. */
  interface LotCommand extends Command<LotView> {
    String lot();

    @Override
    default Class<LotView> answerType() {
      return LotView.class;
    }
  }

  /** What becomes of a held lot, and why. */
  interface Disposal extends LotCommand {
    String reason();

    @JsonValue
    default List<Object> keyedAs() {
      return List.of(lot(), reason());
    }
  }

  /** The results of inspecting one or more classes of lot {@code lot}. */
  @CommandName("quality.inspect")
  record Inspect(String lot, InspectionRequest request) implements LotCommand {

    /** The inspection of what was sent; at least one class's result is required. */
    static Inspect of(String lot, @Nullable InspectionRequest request) {
      if (request == null || request.results() == null || request.results().isEmpty()) {
        throw CommandRejected.invalid("results", "give the result of at least one class");
      }
      return new Inspect(lot, request);
    }

    @JsonValue
    List<Object> keyedAs() {
      return List.of(lot, request);
    }
  }

  /** Rework held lot {@code lot} into a new lot. */
  @CommandName("quality.rework")
  record Rework(String lot, String reason) implements Disposal {}

  /** Scrap held lot {@code lot}. */
  @CommandName("quality.scrap")
  record Scrap(String lot, String reason) implements Disposal {}

  /** Ask that held lot {@code lot} be released by concession. */
  @CommandName("quality.concession.request")
  record RequestConcession(String lot, String reason) implements Disposal {}

  /** A second person's approval of the concession asked for lot {@code lot}. */
  @CommandName("quality.concession.approve")
  record ApproveConcession(String lot) implements LotCommand {
    @JsonValue
    List<Object> keyedAs() {
      return List.of(lot);
    }
  }

  /** The reason a disposal gives, trimmed: required, at most 2000 characters. */
  static String reason(@Nullable DispositionRequest request) {
    String reason = request == null || request.reason() == null ? "" : request.reason().trim();
    if (reason.isEmpty() || reason.length() > REASON_MAX) {
      throw CommandRejected.invalid("reason", "a reason is required (at most 2000 characters)");
    }
    return reason;
  }
}
