package io.tally.traceability;

import io.tally.input.Day;
import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import java.time.LocalDate;

/** The commands of recalls; each command's handler is named after it. */
public final class RecallRequests {
  private RecallRequests() {}

  /** Open a recall of the finished lot or component lot {@code subject}. */
  @CommandName("recall.open")
  public record Open(
      @Ident String id, @Ident String subject, @Text(max = HoldRequests.REASON_MAX) String reason)
      implements Command<RecallView> {
    @Override
    public Class<RecallView> answerType() {
      return RecallView.class;
    }
  }

  /** A customer's acknowledgement as the request states it. */
  public record Acknowledgement(
      @Ident String customer,
      @Text String acknowledgedBy,
      @Day LocalDate acknowledgedOn,
      @Text String document) {}

  /** Record an acknowledgement of recall {@code id}. */
  @CommandName("recall.acknowledge")
  public record Acknowledge(String id, Acknowledgement acknowledgement)
      implements Command<RecallView> {
    @Override
    public Class<RecallView> answerType() {
      return RecallView.class;
    }
  }

  /** Close recall {@code id}: every reached customer has acknowledged it. */
  @CommandName("recall.close")
  public record Close(String id) implements Command<RecallView> {
    @Override
    public Class<RecallView> answerType() {
      return RecallView.class;
    }
  }
}
