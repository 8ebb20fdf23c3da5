package io.tally.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Recalls: the list, or one with every shipment and customer it reached and who acknowledged. */
@Command(
    name = "recall",
    description =
        "Show recalls: the customers and shipments each reached, and their acknowledgements.",
    subcommands = {RecallShow.class, RecallsList.class})
class RecallCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
