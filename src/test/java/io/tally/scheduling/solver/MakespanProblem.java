package io.tally.scheduling.solver;

import java.util.Arrays;

/** An R|S_ijk|Cmax instance as the solver's indexed problem, for the makespan benchmark only. */
final class MakespanProblem {
  private MakespanProblem() {}

  /** The makespan benchmark: every job its own product, one line per machine, time always runs. */
  static SchedulingProblem of(VrInstance instance) {
    int n = instance.jobs();
    int m = instance.machines();
    int[][] duration = new int[n][m];
    int[] family = new int[n];
    for (int j = 0; j < n; j++) {
      family[j] = j;
      for (int k = 0; k < m; k++) {
        duration[j][k] = instance.processing(j, k);
      }
    }
    int[][][] setup = new int[m][n][n];
    for (int k = 0; k < m; k++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          setup[k][i][j] = i == j ? 0 : instance.setup(k, i, j);
        }
      }
    }
    long[] due = new long[n];
    Arrays.fill(due, SchedulingProblem.NO_DUE);
    long[] weight = new long[n];
    Timeline[] timeline = new Timeline[m];
    Arrays.fill(timeline, Timeline.continuous());
    return new SchedulingProblem(
        duration,
        family,
        setup,
        due,
        weight,
        timeline,
        new int[m][0],
        SchedulingProblem.Objective.MAKESPAN);
  }
}
