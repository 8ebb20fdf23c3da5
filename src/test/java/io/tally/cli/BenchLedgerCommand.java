package io.tally.cli;

import io.tally.ledger.Ledger;
import io.tally.ledger.bench.LedgerBenchmark;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures durable append throughput against a plain JDBC insert on the same database. Runs on a
 * fresh embedded database in a temporary folder unless --db-url names a scratch database.
 */
@Command(name = "ledger", description = "Measure ledger append throughput (scratch database).")
class BenchLedgerCommand implements Callable<Integer> {
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
      var figures =
          new LedgerBenchmark(
                  ctx.getBean(Ledger.class),
                  ctx.getBean(io.tally.ledger.GroupCommit.class),
                  ctx.getBean(JdbcClient.class),
                  ctx.getBean(TransactionTemplate.class))
              .run(events, writers);
      String db = dbUrl == null ? "H2 (embedded file)" : dbUrl.replaceAll("//[^/]*@", "//");
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(java.util.Map.of("database", db, "figures", figures)));
      } else {
        out.println("Database: " + db);
        out.printf("%-20s %8s %8s %10s %12s%n", "case", "writers", "events", "seconds", "events/s");
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
