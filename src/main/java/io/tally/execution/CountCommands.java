package io.tally.execution;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.kernel.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The commands on counts: a report ({@link ReportCount}), a correction ({@link CorrectCount}) and a
 * second person's approval of one ({@link ApproveCountCorrection}). Their figures are whole
 * numbers, checked for form as the command is made from what was sent.
 */
public final class CountCommands {
  /** The most one report may carry of good or of scrap: about 23 hours of a line at 4,375/h. */
  public static final long MAX_PER_REPORT = 100_000;

  private CountCommands() {}

  /** Good and scrap made on run {@code run} since its last report. */
  @CommandName("count.report")
  public record Report(RunId run, Quantity good, Quantity scrap, @Nullable Instant occurredAt)
      implements Command<CountAck> {

    /**
     * The report of what was sent, refused by field when a figure is not a whole number in range,
     * when both are zero, or when no idempotency key came with it: without one, a report resent
     * after a lost answer would be counted twice.
     */
    public static Report of(IdempotencyKey key, String run, CountRequest r) {
      if (key.value() == null || key.value().isBlank()) {
        throw CommandRejected.invalid(
            "Idempotency-Key",
            "a count report needs an Idempotency-Key header, new for each report");
      }
      long good = amount("good", r.good());
      long scrap = amount("scrap", r.scrap());
      if (good + scrap == 0) {
        throw CommandRejected.invalid("good", "a report needs a good or a scrap count above zero");
      }
      return new Report(
          RunCommands.runId(run), Quantity.of(good), Quantity.of(scrap), r.occurredAt());
    }

    private static long amount(String field, @Nullable BigDecimal value) {
      Long n = Quantity.whole(field, value, 0, MAX_PER_REPORT);
      return n == null ? 0 : n;
    }

    @Override
    public Class<CountAck> answerType() {
      return CountAck.class;
    }
  }

  /** Count report {@code corrects} should have carried these figures (both 0 when voided). */
  @CommandName("count.correct")
  public record Correct(long corrects, long good, long scrap, boolean voided, String reason)
      implements Command<CorrectionView> {

    /** The correction of what was sent, refused by field when a figure is out of form. */
    public static Correct of(CountCorrectionRequest r) {
      long seq = required("corrects", r.corrects(), 1, Long.MAX_VALUE);
      boolean voided = Boolean.TRUE.equals(r.voided());
      if (voided && (r.good() != null || r.scrap() != null)) {
        throw CommandRejected.invalid("void", "a void carries no good or scrap figures");
      }
      long good = voided ? 0 : required("good", r.good(), 0, MAX_PER_REPORT);
      long scrap = voided ? 0 : required("scrap", r.scrap(), 0, MAX_PER_REPORT);
      if (r.reason() == null || r.reason().isBlank()) {
        throw CommandRejected.invalid("reason", "a correction needs a reason");
      }
      return new Correct(seq, good, scrap, voided, r.reason());
    }

    private static long required(String field, @Nullable BigDecimal value, long min, long max) {
      Long n = Quantity.whole(field, value, min, max);
      if (n == null) {
        throw CommandRejected.invalid(field, field + " is required");
      }
      return n;
    }

    @Override
    public Class<CorrectionView> answerType() {
      return CorrectionView.class;
    }
  }

  /** A second person puts pending count correction {@code correction} into effect. */
  @CommandName("count.correction.approve")
  public record Approve(long correction) implements Command<CorrectionView> {
    @Override
    public Class<CorrectionView> answerType() {
      return CorrectionView.class;
    }
  }
}
