package io.tally.traceability;

import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;

/** The commands of holds on demand; each command's handler is named after it. */
public final class HoldRequests {
  /** The longest reason a hold or its release carries. */
  static final int REASON_MAX = 2000;

  private HoldRequests() {}

  /**
   * Hold the finished lot or component lot {@code subject}; with {@code downstream}, also every lot
   * made from it, their packaging units and their stock wherever it is.
   */
  @CommandName("hold.place")
  public record Place(
      @Ident String id,
      @Ident String subject,
      @Text(max = REASON_MAX) String reason,
      Boolean downstream)
      implements Command<HoldView> {
    @Override
    public Class<HoldView> answerType() {
      return HoldView.class;
    }
  }

  /** Why a hold is released. */
  public record Reason(@Text(max = REASON_MAX) String reason) {}

  /** Release hold {@code id}. */
  @CommandName("hold.release")
  public record Release(String id, Reason reason) implements Command<HoldView> {
    @Override
    public Class<HoldView> answerType() {
      return HoldView.class;
    }
  }
}
