package io.tally.twin.model.bench;

import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import io.tally.twin.model.Forecast;
import io.tally.twin.model.Scenario;
import io.tally.twin.model.Settings;
import io.tally.twin.model.Twin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1000 plant-years of the anchor plant (bench/anchor-plant.yaml, state-change model), warm, on 1
 * and 2 threads: seconds per 1000 replications (the reference prototype: 0.88-1.0 s on 1 thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class PlantYearBenchmark {
  @Param({"1", "2"})
  int threads;

  private Plant plant;

  @Setup
  public void setUp() {
    plant = PlantFileReader.read(Path.of("bench/anchor-plant.yaml"));
  }

  @Benchmark
  public Forecast thousandPlantYears() {
    Settings s = new Settings(LocalDate.of(2029, 1, 1), 1, 1000, 12345, threads, 0, null);
    return Twin.forecast(plant, Scenario.BASELINE, s, d -> {});
  }
}
