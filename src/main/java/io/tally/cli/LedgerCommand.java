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
    description = "Verify and replay the ledger; measure append throughput.",
    subcommands = {LedgerCommand.Verify.class, ReplayCommand.class, LedgerCommand.Bench.class})
class LedgerCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Recomputes the chain, the signed heads and every checkpoint (the local checkpoint file's and
   * each one given); exit 0 when intact, 1 naming the first bad entry or the checkpoint the ledger
   * no longer agrees with.
   */
  @Command(name = "verify", description = "Recompute the hash chain, signed heads and checkpoints.")
  static class Verify implements Callable<Integer> {
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

  /**
   * Measures durable append throughput against a plain JDBC insert on the same database. Runs on a
   * fresh embedded database in a temporary folder unless --db-url names a scratch database.
   */
  @Command(name = "bench", description = "Measure ledger append throughput (scratch database).")
  static class Bench implements Callable<Integer> {
    @Option(
        names = "--events",
        defaultValue = "5000",
        description = "Events per case (default ${DEFAULT-VALUE}).")
    int events;

    @Option(
        names = "--writers",
        split = ",",
        defaultValue = "1,8",
        description = "Concurrent writers (default ${DEFAULT-VALUE}).")
    java.util.List<Integer> writers;

    @Option(
        names = "--db-url",
        description =
            "JDBC URL of a SCRATCH database (PostgreSQL); default: fresh H2 in a temp folder.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "postgres")
    String dbUser;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (events < 1 || writers.stream().anyMatch(w -> w < 1 || w > 64)) {
        throw new UserInputException("--events must be positive and --writers 1 to 64");
      }
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tally-bench");
      java.util.Map<String, Object> props = new java.util.HashMap<>();
      props.put("tally.ledger.key-dir", dir.resolve("keys"));
      props.put("logging.level.io.tally", "WARN");
      if (dbUrl != null) {
        props.put("spring.datasource.url", dbUrl);
        props.put("spring.datasource.username", dbUser);
        props.put("spring.datasource.password", "");
      }
      String old = System.getProperty("tally.data-dir");
      System.setProperty("tally.data-dir", dir.toString());
      try (var ctx = SpringLauncher.start(false, props)) {
        var figures = ctx.getBean(io.tally.ledger.LedgerBenchmark.class).run(events, writers);
        String db = dbUrl == null ? "H2 (embedded file)" : dbUrl.replaceAll("//[^/]*@", "//");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(Json.write(java.util.Map.of("database", db, "figures", figures)));
        } else {
          out.println("Database: " + db);
          out.printf(
              "%-20s %8s %8s %10s %12s%n", "case", "writers", "events", "seconds", "events/s");
          for (var f : figures) {
            out.printf(
                "%-20s %8d %8d %10.2f %,12.0f%n",
                f.what(), f.writers(), f.events(), f.seconds(), f.perSecond());
          }
        }
        return 0;
      } finally {
        if (old == null) {
          System.clearProperty("tally.data-dir");
        } else {
          System.setProperty("tally.data-dir", old);
        }
      }
    }
  }
}
