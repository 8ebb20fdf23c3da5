package io.tally.cli;

import io.tally.traceability.RecallQueries;
import io.tally.traceability.RecallView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** One recall in full. */
@Command(name = "show", description = "A recall: its reach and each customer's acknowledgement.")
class RecallShow implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "The recall's id.")
  String id;

  @Mixin ReportOutput output;

  @Override
  public Integer call() {
    try (var ctx = SpringLauncher.data()) {
      RecallView r =
          ctx.getBean(RecallQueries.class)
              .find(id)
              .orElseThrow(() -> new UserInputException("ID: no recall '" + id + "'"));
      output.print(r, RecallText::print);
      return 0;
    }
  }
}
