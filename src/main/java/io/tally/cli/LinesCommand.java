package io.tally.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Line lifecycle and acceptance acts from the command line; each change is a ledger event. */
@Command(
    name = "lines",
    description = "List lines, move a line through its lifecycle, record acceptance acts.",
    subcommands = {LinesList.class, LineMove.class, LineAcceptance.class})
class LinesCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
