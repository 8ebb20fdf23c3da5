package io.tally.traceability.bench;

import io.tally.TallyApplication;
import io.tally.support.Postgres;
import io.tally.traceability.Reconciliation;
import io.tally.traceability.ReconciliationReport;
import io.tally.traceability.Trace;
import io.tally.traceability.TraceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tally trace} on a database holding a simulated year of the reference plant ({@link
 * PlantYear}): a finished lot (its component lots and shipments) and a component lot (the recall:
 * its 7 lots, their shipments and customers), and a whole-year reconciliation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TraceYearBenchmark {
  @Param({"h2"})
  public String db;

  ConfigurableApplicationContext ctx;
  Trace trace;
  Reconciliation reconciliation;
  List<String> lots;
  List<String> componentLots;
  int next;

  @Setup(Level.Trial)
  public void load() {
    String dir = "target/bench-data/" + UUID.randomUUID();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--tally.data-dir=" + dir,
                "--tally.ledger.key-dir=" + dir + "/keys",
                "--logging.level.root=WARN",
                "--logging.level.io.tally=WARN"));
    if (db.equals("postgres")) {
      args.add("--spring.datasource.url=" + Postgres.newDatabase());
      args.add("--spring.datasource.username=postgres");
      args.add("--spring.datasource.password=");
    } else {
      args.add(
          "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
              + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      args.add("--spring.datasource.username=sa");
      args.add("--spring.datasource.password=bench");
    }
    ctx =
        new SpringApplicationBuilder(TallyApplication.class)
            .web(WebApplicationType.NONE)
            .run(args.toArray(String[]::new));
    long start = System.nanoTime();
    PlantYear year = PlantYear.generate(ctx);
    System.out.printf(
        "%nLoaded a year: %d ledger entries, %d lots, %d component lots in %.1f s%n",
        year.entries,
        year.lots.size(),
        year.componentLots.size(),
        (System.nanoTime() - start) / 1e9);
    lots = year.lots;
    componentLots = year.componentLots;
    trace = ctx.getBean(Trace.class);
    reconciliation = ctx.getBean(Reconciliation.class);
    System.out.printf(
        "Reconciliation of the year: %d differences%n",
        reconciliation.reconcile().differences().size());
  }

  @TearDown(Level.Trial)
  public void close() {
    ctx.close();
  }

  @Benchmark
  public TraceReport traceFinishedLot() {
    return trace.trace(lots.get(next++ % lots.size()));
  }

  @Benchmark
  public TraceReport traceComponentLot() {
    return trace.trace(componentLots.get(next++ % componentLots.size()));
  }

  @Benchmark
  public ReconciliationReport reconcileYear() {
    return reconciliation.reconcile();
  }
}
