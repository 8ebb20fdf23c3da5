package io.tally.execution;

import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stop corrected, named by the ledger sequence of its StopStarted or StopEnded ({@code corrects})
 * or by its id ({@code stop}): the start, end and reason code it should have had (any left out stay
 * as they are); {@code reason} says why.
 */
@CommandName("stop.correct")
public record StopCorrectionRequest(
    BigDecimal corrects,
    @Ident String stop,
    Instant start,
    Instant end,
    @Ident String stopReason,
    @Text String reason)
    implements Command<StopView> {
  @Override
  public Class<StopView> answerType() {
    return StopView.class;
  }
}
