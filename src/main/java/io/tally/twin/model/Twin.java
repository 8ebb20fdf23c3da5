package io.tally.twin.model;

import io.tally.plant.model.Plant;
import io.tally.twin.engine.MonteCarlo;
import io.tally.twin.engine.Mrg32k3a;
import io.tally.twin.engine.Summary;
import java.util.List;
import java.util.function.IntConsumer;

/** Forecasts a plant, or a scenario against the plant as it is, by Monte Carlo simulation. */
public final class Twin {
  private Twin() {}

  /** The forecast of a scenario (or of {@link Scenario#BASELINE}). */
  public static Forecast forecast(
      Plant plant, Scenario scenario, Settings settings, IntConsumer progress) {
    TwinPlant compiled = TwinPlant.compile(plant, scenario, settings.start(), settings.years());
    return Forecast.of(
        scenario.name(), compiled, run(compiled, settings, progress), target(compiled, settings));
  }

  /**
   * A scenario against the baseline with common random numbers: the same replication draws the same
   * numbers for the same line and purpose in both, so the difference is estimated with far less
   * noise than two independent forecasts would give.
   *
   * @param progress told replications done over both runs (up to twice the replications)
   */
  public static Comparison compare(
      Plant plant, Scenario scenario, Settings settings, IntConsumer progress) {
    TwinPlant base =
        TwinPlant.compile(plant, Scenario.BASELINE, settings.start(), settings.years());
    TwinPlant alt = TwinPlant.compile(plant, scenario, settings.start(), settings.years());
    int n = settings.replications();
    List<ReplicationResult> b = run(base, settings, progress);
    List<ReplicationResult> a = run(alt, settings, done -> progress.accept(n + done));
    double[] ob = Forecast.annualOutputs(b, settings.years());
    double[] oa = Forecast.annualOutputs(a, settings.years());
    double[] diff = new double[n];
    for (int i = 0; i < n; i++) {
      diff[i] = oa[i] - ob[i];
    }
    Summary d = Summary.of(diff);
    double target = target(base, settings);
    return new Comparison(
        Forecast.of(Scenario.BASELINE.name(), base, b, target),
        Forecast.of(scenario.name(), alt, a, target),
        new Comparison.Difference(d.mean(), d.sd(), d.ci95()));
  }

  private static List<ReplicationResult> run(
      TwinPlant plant, Settings settings, IntConsumer progress) {
    long[] seed = Mrg32k3a.seedOf(settings.seed());
    return MonteCarlo.run(
        settings.replications(),
        settings.threads(),
        () -> new PlantRun(plant, seed, settings.uncertainty()),
        progress);
  }

  private static double target(TwinPlant plant, Settings settings) {
    return settings.target() != null ? settings.target() : plant.nameplate();
  }
}
