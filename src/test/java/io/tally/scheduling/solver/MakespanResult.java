package io.tally.scheduling.solver;

import java.util.List;

/** A benchmark answer: the makespan and, per machine, the 0-based jobs in processing order. */
public record MakespanResult(int makespan, List<List<Integer>> sequences, long iterations) {
  public MakespanResult {
    sequences = sequences.stream().map(List::copyOf).toList();
  }
}
