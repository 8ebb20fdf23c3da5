package io.tally.scheduling.solver;

import java.util.Objects;

/**
 * An R|S_ijk|Cmax instance in the Vallada and Ruiz (2011) form: processing time per job and
 * machine, and per machine an n x n setup matrix (setup before a job, given the job before it on
 * the same machine; no setup before the first job).
 */
public record VrInstance(String name, int[][] processingTimes, int[][][] setupTimes) {
  public VrInstance {
    Objects.requireNonNull(name, "name");
    int n = processingTimes.length;
    int m = setupTimes.length;
    if (n == 0 || m == 0) {
      throw new IllegalArgumentException("an instance needs at least one job and one machine");
    }
    for (int[] row : processingTimes) {
      if (row.length != m) {
        throw new IllegalArgumentException("every job needs a time on every machine");
      }
    }
    for (int[][] matrix : setupTimes) {
      if (matrix.length != n) {
        throw new IllegalArgumentException("every setup matrix must be n x n");
      }
    }
  }

  public int jobs() {
    return processingTimes.length;
  }

  public int machines() {
    return setupTimes.length;
  }

  public int processing(int job, int machine) {
    return processingTimes[job][machine];
  }

  public int setup(int machine, int from, int to) {
    return setupTimes[machine][from][to];
  }
}
