package io.tally.cli;

import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.periods.PeriodClosing;
import io.tally.periods.PeriodStatement;
import io.tally.security.Role;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Closes a month: exit 0 closed, 2 refused with the reason. */
@Command(
    name = "close",
    description =
        "Close a month that has ended, balances and follows a closed month (AUDITOR). Exit 2"
            + " when refused.")
class PeriodClose implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "YYYY-MM")
  String period;

  @Option(names = "--as", required = true, paramLabel = "USER")
  String as;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    YearMonth month = PeriodsCommand.month(period, "period");
    try (var ctx = SpringLauncher.data()) {
      PeriodStatement s =
          ctx.getBean(PeriodClosing.class)
              .close(CliActors.holding(ctx, as, Role.AUDITOR), IdempotencyKey.NONE, month);
      var c = s.closure();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Period %s closed by %s (entry %d): SHA-256 %s, on checkpoint %d %s.%n",
              s.period(),
              c == null ? as : c.closedBy(),
              c == null ? 0 : c.seq(),
              c == null ? "" : c.sha256(),
              c == null ? 0 : c.checkpointSize(),
              c == null ? "" : c.checkpointRoot());
      return 0;
    } catch (CommandRejected e) {
      throw new UserInputException(e.field() + ": " + e.getMessage());
    }
  }
}
