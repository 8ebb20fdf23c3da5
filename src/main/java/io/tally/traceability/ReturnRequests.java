package io.tally.traceability;

import io.tally.input.Forms;
import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import jakarta.validation.constraints.Max;

/** The commands of customer returns; each command's handler is named after it. */
public final class ReturnRequests {
  private ReturnRequests() {}

  /** Rounds of {@code lot} back from {@code shipment}, put HELD at {@code location}. */
  @CommandName("return.record")
  public record Record(
      @Ident String id,
      @Ident String shipment,
      @Ident String lot,
      @Max(Forms.QUANTITY_MAX) Long quantity,
      @Ident String location,
      @Text(max = HoldRequests.REASON_MAX) String reason,
      @Text String document)
      implements Command<ReturnView> {
    @Override
    public Class<ReturnView> answerType() {
      return ReturnView.class;
    }
  }

  /** Quality's decision on a return: RELEASE, REWORK or SCRAP, with a note. */
  public record Decision(String disposition, @Text(max = HoldRequests.REASON_MAX) String note) {}

  /** Dispose of return {@code id}. */
  @CommandName("return.dispose")
  public record Dispose(String id, Decision decision) implements Command<ReturnView> {
    @Override
    public Class<ReturnView> answerType() {
      return ReturnView.class;
    }
  }
}
