package io.tally.cli;

import io.tally.traceability.RecallQueries;
import io.tally.traceability.RecallView;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Recalls: the list, or one with every shipment and customer it reached and who acknowledged. */
@Command(
    name = "recall",
    description =
        "Show recalls: the customers and shipments each reached, and their acknowledgements.",
    subcommands = {RecallCommand.Show.class, RecallCommand.ListRecalls.class})
class RecallCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** One recall in full. */
  @Command(name = "show", description = "A recall: its reach and each customer's acknowledgement.")
  static class Show implements Callable<Integer> {
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

  /** Every recall, open ones first. */
  @Command(name = "list", description = "Every recall, open ones first.")
  static class ListRecalls implements Callable<Integer> {
    @Mixin ReportOutput output;

    @Override
    public Integer call() {
      try (var ctx = SpringLauncher.data()) {
        List<RecallView> all = ctx.getBean(RecallQueries.class).recent(10_000);
        output.print(all, RecallText::list);
        return 0;
      }
    }
  }
}
