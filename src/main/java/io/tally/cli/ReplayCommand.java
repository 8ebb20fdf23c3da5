package io.tally.cli;

import io.tally.ledger.Replay;
import io.tally.ledger.ReplayReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Rebuilds every projection from the ledger; exit 0 when identical to the live tables, else 1. */
@Command(
    name = "replay",
    description =
        "Rebuild every projection from the ledger and compare with the live tables (nothing is"
            + " changed).")
class ReplayCommand implements Callable<Integer> {
  @Mixin ReportOutput output;

  @Override
  public Integer call() {
    try (var ctx = SpringLauncher.data()) {
      ReplayReport r = ctx.getBean(Replay.class).run();
      output.print(r, ReplayText::print);
      return r.identical() ? 0 : 1;
    }
  }
}
