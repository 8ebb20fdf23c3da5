package io.tally.quality.bench;

import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.quality.sampling.Aql;
import io.tally.quality.sampling.InspectionLevel;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.NonconformityClass;
import io.tally.quality.sampling.SamplingScheme;
import io.tally.quality.sampling.Severity;
import io.tally.quality.sampling.StreamKey;
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
 * Quality rebuilds a stream's state by replaying its decisions whenever it shows a plan or records
 * one. This measures that replay, in memory, for ten years of daily lots on one stream (3,650 lots
 * of 3,000, level II, AQL 0.65; about 2 % of lots not accepted), without the database read.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StreamReplayBenchmark {
  private static final int LOTS = 3650;
  private static final StreamKey KEY =
      new StreamKey(new ProductCode("P"), new LineId("L1"), NonconformityClass.MAJOR);
  private static final SamplingScheme SCHEME =
      new SamplingScheme(InspectionLevel.II, Aql.parse("0.65"));

  private final int[] nonconforming = new int[LOTS];

  @Setup
  public void decisions() {
    SplittableRandom random = new SplittableRandom(20270301L);
    for (int i = 0; i < LOTS; i++) {
      nonconforming[i] = random.nextInt(100) < 2 ? 3 : random.nextInt(2);
    }
    if (replay().isDiscontinued()) {
      throw new IllegalStateException("the generated history discontinues the stream");
    }
  }

  @Benchmark
  public Severity replayTenYears() {
    return replay().severity();
  }

  private InspectionStream replay() {
    InspectionStream stream = new InspectionStream(KEY, SCHEME);
    for (int d : nonconforming) {
      stream.inspect(3000, d);
    }
    return stream;
  }
}
