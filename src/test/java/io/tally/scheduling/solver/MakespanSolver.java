package io.tally.scheduling.solver;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Minimises the makespan of a benchmark instance on the plant's scheduling model: greedy insertion
 * to start, then our simulated annealing until the time limit. The makespan returned is the
 * search's own figure; callers check it with {@link MakespanEvaluator}.
 */
public final class MakespanSolver {
  private MakespanSolver() {}

  public static MakespanResult solve(VrInstance instance, Duration limit, long seed) {
    return solve(instance, limit, seed, false);
  }

  /**
   * @param cpuTime count the limit in this thread's CPU time rather than wall time, so that runs on
   *     a shared machine get the same work done
   */
  public static MakespanResult solve(
      VrInstance instance, Duration limit, long seed, boolean cpuTime) {
    java.util.function.LongSupplier clock =
        cpuTime
            ? java.lang.management.ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime
            : System::nanoTime;
    long deadline = clock.getAsLong() + limit.toNanos();
    SchedulingProblem problem = MakespanProblem.of(instance);
    int[][] start = Construction.greedyInsertion(problem);
    LocalSearch search = new LocalSearch(problem, start, seed);
    int[][] best = search.run(deadline, clock, null, null);
    List<List<Integer>> sequences =
        Arrays.stream(best).map(a -> Arrays.stream(a).boxed().toList()).toList();
    long own = new SearchState(problem, best).makespan();
    return new MakespanResult((int) own, sequences, search.iterations());
  }
}
