package io.tally.cli;

import io.tally.plant.model.Plant;
import io.tally.twin.SimulationReport;
import io.tally.twin.model.Comparison;
import io.tally.twin.model.Forecast;
import io.tally.twin.model.Scenario;
import io.tally.twin.model.ScenarioReader;
import io.tally.twin.model.Settings;
import io.tally.twin.model.Twin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Forecasts annual output with the digital twin; with a scenario, against the plant as it is. */
@Command(
    name = "simulate",
    description = "Forecast annual output by Monte Carlo simulation (the digital twin).")
class SimulateCommand implements Callable<Integer> {
  @Mixin PlantOption plant;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description =
          "Scenario file (YAML) of changes to the plant; compared with the plant as it is.")
  Path scenario;

  @Option(
      names = "--years",
      description = "Horizon in years of 8,760 h (default ${DEFAULT-VALUE}).")
  int years = 1;

  @Option(
      names = "--replications",
      description = "Number of simulated horizons (default ${DEFAULT-VALUE}).")
  int replications = 1000;

  @Option(names = "--seed", description = "Seed of the random streams (default ${DEFAULT-VALUE}).")
  long seed = 12345;

  @Option(names = "--threads", description = "Threads (default: all cores).")
  Integer threads;

  @Option(
      names = "--start",
      paramLabel = "DATE",
      description = "First day of the horizon (default: 1 January next year).")
  LocalDate start;

  @Option(
      names = "--target",
      description = "Annual good output to reach (default: the derived available nameplate).")
  Long target;

  @Option(
      names = "--uncertainty",
      paramLabel = "CV",
      description = "Draw MTBF and MTTR per replication with this coefficient of variation.")
  double uncertainty;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Plant p = plant.load();
    Scenario sc = scenario == null ? Scenario.BASELINE : ScenarioReader.read(scenario);
    LocalDate first =
        start != null ? start : LocalDate.of(LocalDate.now(p.site().zone()).getYear() + 1, 1, 1);
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Settings settings = new Settings(first, years, replications, seed, cores, uncertainty, target);
    int total = scenario == null ? replications : 2 * replications;
    IntConsumer progress = System.console() != null ? new ProgressBar(total) : done -> {};
    long t0 = System.nanoTime();
    Comparison comparison = null;
    Forecast forecast;
    if (scenario == null) {
      forecast = Twin.forecast(p, sc, settings, progress);
    } else {
      comparison = Twin.compare(p, sc, settings, progress);
      forecast = comparison.scenario();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (progress instanceof ProgressBar bar) {
      bar.clear();
    }
    SimulationReport report =
        new SimulationReport(p.site().id(), sc.name(), settings, forecast, comparison, seconds);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(report.toJson());
    } else {
      report.printText(out);
    }
    return 0;
  }

  /** A bar on stderr, drawn only when a person watches (a terminal); at most 50 redraws. */
  static final class ProgressBar implements IntConsumer {
    private static final int WIDTH = 50;
    private final int total;
    private final AtomicInteger drawn = new AtomicInteger(-1);

    ProgressBar(int total) {
      this.total = total;
    }

    @Override
    public void accept(int done) {
      int cells = (int) ((long) done * WIDTH / total);
      int before = drawn.get();
      if (cells > before && drawn.compareAndSet(before, cells)) {
        synchronized (System.err) {
          System.err.print(
              "\rsimulating ["
                  + "#".repeat(cells)
                  + " ".repeat(WIDTH - cells)
                  + "] "
                  + done
                  + "/"
                  + total);
          System.err.flush();
        }
      }
    }

    void clear() {
      System.err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      System.err.flush();
    }
  }
}
