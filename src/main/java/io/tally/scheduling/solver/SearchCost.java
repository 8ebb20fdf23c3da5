package io.tally.scheduling.solver;

/**
 * The scalar the local search minimises. Plans: weighted tardiness far above changeover minutes,
 * far above the makespan, so the order of the rules holds in practice. Makespan: the makespan plus
 * a small weight on the mean line end, which breaks the makespan's long flat stretches.
 */
final class SearchCost {
  private static final double TIE = 0.02;

  private SearchCost() {}

  /** Lines a and b (unless -1) take the given new ends; the others keep theirs. */
  static double of(
      SchedulingProblem.Objective objective,
      long tard,
      long setup,
      long[] ends,
      int a,
      long endA,
      int b,
      long endB) {
    long max = 0;
    long sum = 0;
    for (int k = 0; k < ends.length; k++) {
      long e = k == a ? endA : k == b ? endB : ends[k];
      max = Math.max(max, e);
      sum += e;
    }
    if (objective == SchedulingProblem.Objective.MAKESPAN) {
      return max + TIE * sum / ends.length;
    }
    return 1000.0 * tard + 10.0 * setup + 0.01 * max + 0.001 * sum / ends.length;
  }
}
