package io.tally.cli;

import io.tally.traceability.RecallQueries;
import io.tally.traceability.RecallView;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Every recall, open ones first. */
@Command(name = "list", description = "Every recall, open ones first.")
class RecallsList implements Callable<Integer> {
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
