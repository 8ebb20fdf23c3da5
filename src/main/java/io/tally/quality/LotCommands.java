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

  /** The results of inspecting one or more classes of lot {@code lot}. */
  @CommandName("quality.inspect")
  record Inspect(String lot, InspectionRequest request) implements Command<LotView> {

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

    @Override
    public Class<LotView> answerType() {
      return LotView.class;
    }
  }

  /** Rework held lot {@code lot} into a new lot, for {@code reason}. */
  @CommandName("quality.rework")
  record Rework(String lot, String reason) implements Command<LotView> {
    static Rework of(String lot, @Nullable DispositionRequest request) {
      return new Rework(lot, reasonOf(request));
    }

    @JsonValue
    List<Object> keyedAs() {
      return List.of(lot, reason);
    }

    @Override
    public Class<LotView> answerType() {
      return LotView.class;
    }
  }

  /** Scrap held lot {@code lot}, for {@code reason}. */
  @CommandName("quality.scrap")
  record Scrap(String lot, String reason) implements Command<LotView> {
    static Scrap of(String lot, @Nullable DispositionRequest request) {
      return new Scrap(lot, reasonOf(request));
    }

    @JsonValue
    List<Object> keyedAs() {
      return List.of(lot, reason);
    }

    @Override
    public Class<LotView> answerType() {
      return LotView.class;
    }
  }

  /** Ask that held lot {@code lot} be released by concession, for {@code reason}. */
  @CommandName("quality.concession.request")
  record RequestConcession(String lot, String reason) implements Command<LotView> {
    static RequestConcession of(String lot, @Nullable DispositionRequest request) {
      return new RequestConcession(lot, reasonOf(request));
    }

    @JsonValue
    List<Object> keyedAs() {
      return List.of(lot, reason);
    }

    @Override
    public Class<LotView> answerType() {
      return LotView.class;
    }
  }

  /** A second person's approval of the concession asked for lot {@code lot}. */
  @CommandName("quality.concession.approve")
  record ApproveConcession(String lot) implements Command<LotView> {
    @JsonValue
    List<Object> keyedAs() {
      return List.of(lot);
    }

    @Override
    public Class<LotView> answerType() {
      return LotView.class;
    }
  }

  /** The reason a disposition gives, trimmed: required, at most 2000 characters. */
  static String reasonOf(@Nullable DispositionRequest request) {
    String reason = request == null || request.reason() == null ? "" : request.reason().trim();
    if (reason.isEmpty() || reason.length() > REASON_MAX) {
      throw CommandRejected.invalid("reason", "a reason is required (at most 2000 characters)");
    }
    return reason;
  }
}
