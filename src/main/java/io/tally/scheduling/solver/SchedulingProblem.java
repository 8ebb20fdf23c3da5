package io.tally.scheduling.solver;

import java.util.Arrays;

/**
 * The indexed problem both the plant plans and the makespan benchmark (in the tests) map onto:
 * jobs, lines, working times per job and line ({@code -1} where the line cannot make the job), a
 * product (family) per job, a changeover matrix per line over families, due dates and weights, a
 * working calendar per line, and per line the jobs already started (pinned, in order, at the head
 * of the line).
 */
final class SchedulingProblem {
  /** What the search minimises. */
  enum Objective {
    /** Weighted tardiness, then changeover time, then makespan. */
    PLAN,
    /** Makespan only (the R|S_ijk|Cmax benchmark). */
    MAKESPAN
  }

  static final long NO_DUE = Long.MAX_VALUE;

  final int jobs;
  final int lines;
  final int[][] duration;
  final int[][] eligible;
  final int[] family;
  final int[][][] setup;
  final long[] due;
  final long[] weight;
  final Timeline[] timeline;
  final int[][] pinned;
  final boolean[] isPinned;
  final Objective objective;

  SchedulingProblem(
      int[][] duration,
      int[] family,
      int[][][] setup,
      long[] due,
      long[] weight,
      Timeline[] timeline,
      int[][] pinned,
      Objective objective) {
    this.jobs = duration.length;
    this.lines = timeline.length;
    this.duration = duration;
    this.family = family;
    this.setup = setup;
    this.due = due;
    this.weight = weight;
    this.timeline = timeline;
    this.pinned = pinned;
    this.objective = objective;
    this.isPinned = new boolean[jobs];
    this.eligible = new int[jobs][];
    for (int j = 0; j < jobs; j++) {
      if (duration[j].length != lines) {
        throw new IllegalArgumentException("job " + j + " has no time for every line");
      }
      int[] e = new int[lines];
      int c = 0;
      for (int k = 0; k < lines; k++) {
        if (duration[j][k] >= 0) {
          e[c++] = k;
        }
      }
      eligible[j] = Arrays.copyOf(e, c);
    }
    for (int[] head : pinned) {
      for (int j : head) {
        isPinned[j] = true;
      }
    }
  }

  boolean canRun(int job, int line) {
    return duration[job][line] >= 0;
  }

  int changeover(int line, int previousJob, int job) {
    return previousJob < 0 ? 0 : setup[line][family[previousJob]][family[job]];
  }
}
