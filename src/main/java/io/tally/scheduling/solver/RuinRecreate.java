package io.tally.scheduling.solver;

import java.util.SplittableRandom;

/**
 * A large move for the makespan: take a few jobs out (the first off the line that sets the
 * makespan) and put each back, in random order, at the line and position that give the smallest
 * makespan and then the earliest end of that line. The caller undoes it if it is not accepted.
 */
final class RuinRecreate {
  private final SchedulingProblem p;
  private final SearchState s;
  private final SplittableRandom rnd;
  private final int[] movable;
  private final int[] scratch;
  private final int[] removed;
  private final boolean[] out;
  private int[][] saved;

  RuinRecreate(SchedulingProblem p, SearchState s, SplittableRandom rnd, int[] movable) {
    this.p = p;
    this.s = s;
    this.rnd = rnd;
    this.movable = movable;
    this.scratch = new int[p.jobs + 1];
    this.removed = new int[p.jobs];
    this.out = new boolean[p.jobs];
  }

  void apply(int count) {
    saved = s.sequences();
    int n = Math.min(count, movable.length);
    int crit = 0;
    for (int k = 1; k < p.lines; k++) {
      crit = s.lineEnd[k] > s.lineEnd[crit] ? k : crit;
    }
    int c = 0;
    int pins = p.pinned[crit].length;
    if (s.size[crit] > pins) {
      removed[c++] = s.seq[crit][pins + rnd.nextInt(s.size[crit] - pins)];
      out[removed[0]] = true;
    }
    while (c < n) {
      int j = movable[rnd.nextInt(movable.length)];
      if (!out[j]) {
        out[j] = true;
        removed[c++] = j;
      }
    }
    for (int k = 0; k < p.lines; k++) {
      int len = 0;
      for (int i = 0; i < s.size[k]; i++) {
        int j = s.seq[k][i];
        if (!out[j]) {
          scratch[len++] = j;
        }
      }
      if (len != s.size[k]) {
        s.commit(k, 0, scratch, len);
      }
    }
    for (int i = c - 1; i > 0; i--) {
      int x = rnd.nextInt(i + 1);
      int t = removed[i];
      removed[i] = removed[x];
      removed[x] = t;
    }
    for (int i = 0; i < c; i++) {
      out[removed[i]] = false;
      insertBest(removed[i]);
    }
  }

  void undo() {
    for (int k = 0; k < p.lines; k++) {
      s.commit(k, 0, saved[k], saved[k].length);
    }
  }

  private void insertBest(int j) {
    long bestMax = Long.MAX_VALUE;
    long bestEnd = Long.MAX_VALUE;
    int bestLine = -1;
    int bestPos = -1;
    for (int k : p.eligible[j]) {
      long others = 0;
      for (int o = 0; o < p.lines; o++) {
        others = o == k ? others : Math.max(others, s.lineEnd[o]);
      }
      for (int q = p.pinned[k].length; q <= s.size[k]; q++) {
        int len = 0;
        scratch[len++] = j;
        for (int i = q; i < s.size[k]; i++) {
          scratch[len++] = s.seq[k][i];
        }
        s.evaluate(0, k, q, scratch, len);
        long end = s.evEnd[0];
        long max = Math.max(others, end);
        if (max < bestMax || (max == bestMax && end < bestEnd)) {
          bestMax = max;
          bestEnd = end;
          bestLine = k;
          bestPos = q;
        }
      }
    }
    int len = 0;
    scratch[len++] = j;
    for (int i = bestPos; i < s.size[bestLine]; i++) {
      scratch[len++] = s.seq[bestLine][i];
    }
    s.commit(bestLine, bestPos, scratch, len);
  }
}
