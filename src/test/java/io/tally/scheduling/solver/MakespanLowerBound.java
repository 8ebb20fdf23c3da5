package io.tally.scheduling.solver;

/**
 * A cheap makespan lower bound: no schedule beats its longest unavoidable job, nor the least total
 * work (each job on its cheapest machine with its cheapest incoming setup, less one setup-free
 * first job per machine) spread evenly over the machines.
 */
public final class MakespanLowerBound {
  private MakespanLowerBound() {}

  public static int of(VrInstance in) {
    int n = in.jobs();
    int m = in.machines();
    long total = 0;
    int longest = 0;
    int largestSaving = 0;
    for (int j = 0; j < n; j++) {
      long cheapest = Long.MAX_VALUE;
      int shortest = Integer.MAX_VALUE;
      for (int k = 0; k < m; k++) {
        int minSetup = n == 1 ? 0 : Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
          if (i != j) {
            minSetup = Math.min(minSetup, in.setup(k, i, j));
          }
        }
        largestSaving = Math.max(largestSaving, minSetup);
        cheapest = Math.min(cheapest, (long) in.processing(j, k) + minSetup);
        shortest = Math.min(shortest, in.processing(j, k));
      }
      total += cheapest;
      longest = Math.max(longest, shortest);
    }
    long spread = Math.max(0, total - (long) m * largestSaving);
    return (int) Math.max(longest, (spread + m - 1) / m);
  }
}
