package io.tally.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** The ledger's audit commands. */
@Command(
    name = "ledger",
    description = "Verify and replay the ledger.",
    subcommands = {LedgerVerify.class, ReplayCommand.class})
class LedgerCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
