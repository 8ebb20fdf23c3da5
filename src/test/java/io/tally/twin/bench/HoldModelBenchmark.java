package io.tally.twin.bench;

import io.tally.twin.engine.EventCalendar;
import io.tally.twin.engine.Mrg32k3a;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hold model (JaamSim's event-list benchmark): N entities, each looping through a delay drawn
 * from U(0, 2N). One operation is one event fired and rescheduled, random draw included; the score
 * is events per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class HoldModelBenchmark {
  private static final int EVENTS = 1_000_000;

  @Param({"100", "10000"})
  int entities;

  private EventCalendar calendar;
  private Mrg32k3a rng;

  @Setup(Level.Trial)
  public void setUp() {
    calendar = new EventCalendar(entities);
    rng = Mrg32k3a.of(Mrg32k3a.seedOf(12345));
    for (int i = 0; i < entities; i++) {
      calendar.schedule(2.0 * entities * rng.nextDouble(), 0, 0, i);
    }
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public double hold() {
    EventCalendar cal = calendar;
    double span = 2.0 * entities;
    for (int i = 0; i < EVENTS; i++) {
      cal.next();
      cal.scheduleIn(span * rng.nextDouble(), 0, 0, cal.entity());
    }
    return cal.now();
  }
}
