package io.tally.cli;

import io.tally.ledger.LedgerVerification;
import io.tally.ledger.chain.ChainVerifier;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Recomputes the chain, the signed heads and every checkpoint (the local checkpoint file's and each
 * one given); exit 0 when intact, 1 naming the first bad entry or the checkpoint the ledger no
 * longer agrees with.
 */
@Command(name = "verify", description = "Recompute the hash chain, signed heads and checkpoints.")
class LedgerVerify implements Callable<Integer> {
  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(
      names = "--checkpoint",
      paramLabel = "FILE",
      description =
          "A signed checkpoint (or a file of them, such as a witness's or a customer's copy) the"
              + " ledger must still agree with; repeatable.")
  java.util.List<java.nio.file.Path> checkpoints = new java.util.ArrayList<>();

  @Option(
      names = "--printed",
      paramLabel = "SIZE:ROOT",
      description =
          "A tree size and base64 root as printed on a dispatch note or release certificate;"
              + " repeatable.")
  java.util.List<String> printed = new java.util.ArrayList<>();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var given = CheckpointFiles.read(checkpoints);
    var onPaper = printed.stream().map(CheckpointFiles::printed).toList();
    try (var ctx = SpringLauncher.data()) {
      ChainVerifier.Result r;
      try {
        r = ctx.getBean(LedgerVerification.class).verify(given, onPaper);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--checkpoint: " + e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(r));
      } else if (r.intact()) {
        out.printf(
            "Ledger intact: %d entries, %d signed heads and %d checkpoints verified, head %s%n",
            r.entriesChecked(), r.headsChecked(), r.checkpointsChecked(), r.headHash());
      } else if (r.firstBadSeq() == null) {
        out.printf("Ledger NOT verified: %s%n", r.reason());
      } else {
        out.printf(
            "Ledger BROKEN at entry %d: %s (%d entries before it verified)%n",
            r.firstBadSeq(), r.reason(), r.entriesChecked());
      }
      return r.intact() ? 0 : 1;
    }
  }
}
