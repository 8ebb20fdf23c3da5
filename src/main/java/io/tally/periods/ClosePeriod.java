package io.tally.periods;

import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import java.time.YearMonth;

/** Close month {@code period}: freeze its statement by a PeriodClosed entry. */
@CommandName("period.close")
public record ClosePeriod(YearMonth period) implements Command<PeriodStatement> {
  @Override
  public Class<PeriodStatement> answerType() {
    return PeriodStatement.class;
  }
}
