package io.tally.cli;

import io.tally.ledger.LedgerRestore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Restores a backup into an empty database after verifying its chain; exit 0 when restored and the
 * restored ledger verifies, 1 when the archive is refused (the first bad entry and why), 2 when the
 * file is not a backup or the database is not empty.
 */
@Command(
    name = "restore",
    description =
        "Verify a backup's hash chain, signed heads and checkpoints, then load it into an empty"
            + " database and rebuild the projections from the ledger.")
class RestoreCommand implements Callable<Integer> {
  @Option(names = "--from", required = true, paramLabel = "FILE", description = "The archive.")
  Path from;

  @Option(
      names = "--checkpoint",
      paramLabel = "FILE",
      description =
          "A signed checkpoint (a witness's copy) the archive must agree with; repeatable.")
  List<Path> checkpoints = new ArrayList<>();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!java.nio.file.Files.isRegularFile(from)) {
      throw new UserInputException("--from: " + from + " is not a file");
    }
    var given = CheckpointFiles.read(checkpoints);
    Map<String, Object> restoring =
        Map.of("tally.restoring", true, "tally.scheduling.repair-on-line-change", false);
    try (var ctx = SpringLauncher.start(false, restoring)) {
      LedgerRestore.Report r = ctx.getBean(LedgerRestore.class).restore(from, given);
      PrintWriter out = spec.commandLine().getOut();
      if (!r.accepted()) {
        spec.commandLine()
            .getErr()
            .printf("tally: %s REFUSED, nothing restored: %s%n", from, r.reason());
        return 1;
      }
      var v = r.restored();
      out.printf(
          "Restored %s: %d ledger entries, %d rows; archive verified (%d signed heads, %d"
              + " checkpoints); projections rebuilt from the ledger%n",
          from,
          r.manifest().headSeq(),
          r.rows(),
          r.archive().headsChecked(),
          r.archive().checkpointsChecked());
      if (!v.intact()) {
        out.printf("Restored ledger NOT verified: %s%n", v.reason());
        return 1;
      }
      out.printf(
          "Ledger intact: %d entries, %d signed heads and %d checkpoints verified, head %s%n",
          v.entriesChecked(), v.headsChecked(), v.checkpointsChecked(), v.headHash());
      return 0;
    }
  }
}
