package io.tally.scheduling.solver;

import java.util.List;

/**
 * Recomputes the makespan of a benchmark answer from the instance alone, independently of the
 * solver: every job exactly once, setups between consecutive jobs, none before the first.
 */
public final class MakespanEvaluator {
  private MakespanEvaluator() {}

  public static int makespan(VrInstance instance, List<List<Integer>> sequences) {
    if (sequences.size() != instance.machines()) {
      throw new IllegalArgumentException(
          "expected " + instance.machines() + " machine sequences, got " + sequences.size());
    }
    boolean[] seen = new boolean[instance.jobs()];
    int count = 0;
    int makespan = 0;
    for (int k = 0; k < sequences.size(); k++) {
      int time = 0;
      Integer prev = null;
      for (int j : sequences.get(k)) {
        if (j < 0 || j >= instance.jobs() || seen[j]) {
          throw new IllegalArgumentException("job " + j + " is out of range or appears twice");
        }
        seen[j] = true;
        count++;
        time += (prev == null ? 0 : instance.setup(k, prev, j)) + instance.processing(j, k);
        prev = j;
      }
      makespan = Math.max(makespan, time);
    }
    if (count != instance.jobs()) {
      throw new IllegalArgumentException((instance.jobs() - count) + " jobs are on no machine");
    }
    return makespan;
  }
}
