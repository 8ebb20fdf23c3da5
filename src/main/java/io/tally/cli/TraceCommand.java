package io.tally.cli;

import io.tally.kernel.CommandRejected;
import io.tally.traceability.Trace;
import io.tally.traceability.TraceReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Traces a lot, a component lot or a packaging unit both ways. */
@Command(
    name = "trace",
    description =
        "Trace a finished lot (its component lots, shipments, customers), a component lot (the"
            + " lots, shipments and customers it reached) or a packaging unit (SSCC).")
class TraceCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "LOT", description = "Lot number, component lot or SSCC.")
  String id;

  @Mixin ReportOutput output;

  @Override
  public Integer call() {
    try (var ctx = SpringLauncher.data()) {
      TraceReport r;
      try {
        r = ctx.getBean(Trace.class).trace(id);
      } catch (CommandRejected e) {
        throw new UserInputException("LOT: " + e.getMessage());
      }
      output.print(r, TraceText::print);
      return 0;
    }
  }
}
