package io.tally.quality.bench;

import io.tally.quality.sampling.Aql;
import io.tally.quality.sampling.InspectionLevel;
import io.tally.quality.sampling.SamplingPlan;
import io.tally.quality.sampling.SamplingPlans;
import io.tally.quality.sampling.Severity;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Plan look-ups per second: Table I, the master table of the severity and the arrows, over a fixed
 * set of random lots (sizes 2 to 2,000,000, every level, AQL and severity).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SamplingBenchmark {
  private static final int LOTS = 4096;

  private final long[] lotSizes = new long[LOTS];
  private final InspectionLevel[] levels = new InspectionLevel[LOTS];
  private final Aql[] aqls = new Aql[LOTS];
  private final Severity[] severities = new Severity[LOTS];
  private int next;

  @Setup
  public void lots() {
    SplittableRandom random = new SplittableRandom(20250702L);
    List<Aql> all = Aql.all();
    for (int i = 0; i < LOTS; i++) {
      lotSizes[i] = 2 + random.nextLong(2_000_000L);
      levels[i] = InspectionLevel.values()[random.nextInt(InspectionLevel.values().length)];
      aqls[i] = all.get(random.nextInt(all.size()));
      severities[i] = Severity.values()[random.nextInt(Severity.values().length)];
    }
  }

  @Benchmark
  public SamplingPlan planLookup() {
    int i = next;
    next = (i + 1) & (LOTS - 1);
    return SamplingPlans.plan(lotSizes[i], levels[i], aqls[i], severities[i]);
  }
}
