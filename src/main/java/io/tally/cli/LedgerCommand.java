package io.tally.cli;

import io.tally.ledger.LedgerVerification;
import io.tally.ledger.chain.ChainVerifier;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The ledger's audit commands. */
@Command(
    name = "ledger",
    description = "Verify the ledger and replay it.",
    subcommands = {LedgerCommand.Verify.class, ReplayCommand.class})
class LedgerCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Recomputes the chain and signatures; exit 0 when intact, 1 naming the first bad entry. */
  @Command(name = "verify", description = "Recompute the hash chain and signed heads.")
  static class Verify implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (var ctx = SpringLauncher.data()) {
        ChainVerifier.Result r = ctx.getBean(LedgerVerification.class).verify();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(Json.write(r));
        } else if (r.intact()) {
          out.printf(
              "Ledger intact: %d entries, %d signed heads verified, head %s%n",
              r.entriesChecked(), r.headsChecked(), r.headHash());
        } else {
          out.printf(
              "Ledger BROKEN at entry %d: %s (%d entries before it verified)%n",
              r.firstBadSeq(), r.reason(), r.entriesChecked());
        }
        return r.intact() ? 0 : 1;
      }
    }
  }
}
