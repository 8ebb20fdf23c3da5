package io.tally.cli;

import io.tally.ledger.BackupManifest;
import io.tally.ledger.LedgerBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes an online, consistent backup of the whole database to one file. */
@Command(
    name = "backup",
    description =
        "Write every table to one archive from one consistent snapshot, while Tally runs; the"
            + " archive carries the newest signed checkpoint and this node's public key.")
class BackupCommand implements Callable<Integer> {
  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The archive.")
  Path to;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (var ctx = SpringLauncher.data()) {
      BackupManifest m = ctx.getBean(LedgerBackup.class).backup(to);
      long rows = m.tables().values().stream().mapToLong(Long::longValue).sum();
      spec.commandLine()
          .getOut()
          .printf(
              "Backup written to %s: %d ledger entries (head %s), %d tables, %d rows%n",
              to, m.headSeq(), m.headHash(), m.tables().size(), rows);
      return 0;
    }
  }
}
