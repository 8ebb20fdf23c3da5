package io.tally.scheduling.solver;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Simulated annealing over insertion and swap moves with per-line incremental evaluation. The
 * temperature falls geometrically over the time budget; the best state is kept. In makespan mode
 * half of the moves take a job off the line that sets the makespan.
 */
final class LocalSearch {
  private static final int WINDOW = 24;

  /** Weight of the mean line end beside the makespan: breaks the makespan's long flat stretches. */
  private static final double TIE = 0.02;

  /** Start temperature as a share of the mean worsening of a sampled move. */
  private static final double T0F = 0.25;

  /** How far the temperature falls over the run. */
  private static final double T1R = 2000;

  private final SchedulingProblem p;
  private final SearchState s;
  private final SplittableRandom rnd;
  private final int[] movable;
  private final int[] tailA;
  private final int[] tailB;
  private final int[] pinCount;
  private int[][] best;
  private double bestCost;
  private long iterations;

  LocalSearch(SchedulingProblem problem, int[][] start, long seed) {
    this.p = problem;
    this.s = new SearchState(problem, start);
    this.rnd = new SplittableRandom(seed);
    int c = 0;
    int[] free = new int[problem.jobs];
    for (int j = 0; j < problem.jobs; j++) {
      if (!problem.isPinned[j]) {
        free[c++] = j;
      }
    }
    movable = java.util.Arrays.copyOf(free, c);
    tailA = new int[problem.jobs + 1];
    tailB = new int[problem.jobs + 1];
    pinCount = new int[problem.lines];
    for (int k = 0; k < problem.lines; k++) {
      pinCount[k] = problem.pinned[k].length;
    }
    best = s.sequences();
    bestCost = currentCost();
  }

  int[][] best() {
    return best;
  }

  long iterations() {
    return iterations;
  }

  /** Runs until the deadline (System.nanoTime) or a stop request; reports each new best. */
  int[][] run(long deadlineNanos, SearchControl<?> control, Consumer<int[][]> onBest) {
    if (movable.length == 0) {
      return best;
    }
    long startNanos = System.nanoTime();
    double t0 = initialTemperature();
    double t1 = Math.max(t0 / T1R, 1e-9);
    double temperature = t0;
    double current = currentCost();
    if (current < bestCost) {
      bestCost = current;
      best = s.sequences();
    }
    long lastPublish = startNanos;
    while (true) {
      if ((++iterations & 255) == 0) {
        long now = System.nanoTime();
        if (now >= deadlineNanos || (control != null && control.stopRequested())) {
          break;
        }
        double f = (double) (now - startNanos) / Math.max(1, deadlineNanos - startNanos);
        temperature = t0 * Math.pow(t1 / t0, f);
        if (now - lastPublish > 500_000_000L && onBest != null) {
          onBest.accept(best);
          lastPublish = now;
        }
      }
      double delta = proposeAndMaybeApply(current, temperature);
      if (!Double.isNaN(delta)) {
        current += delta;
        if (current < bestCost - 1e-9) {
          bestCost = current;
          best = s.sequences();
        }
      }
    }
    if (onBest != null) {
      onBest.accept(best);
    }
    return best;
  }

  private double currentCost() {
    return cost(s.totalTardiness(), s.totalSetup(), s.lineEnd, -1, 0, -1, 0);
  }

  /** Samples moves (applying only improving ones) to scale the temperature to the instance. */
  private double initialTemperature() {
    double sum = 0;
    int count = 0;
    for (int i = 0; i < 2000; i++) {
      proposeAndMaybeApply(0, 0);
      if (pendingDelta > 0) {
        sum += pendingDelta;
        count++;
      }
    }
    return count == 0 ? 1 : T0F * sum / count;
  }

  private double pendingDelta;

  /**
   * Proposes one move; applies it when accepted. Returns the change of cost when applied, NaN
   * otherwise. With temperature 0 only improving or equal moves are applied.
   */
  private double proposeAndMaybeApply(double current, double temperature) {
    int j = pickJob();
    int a = s.lineOf[j];
    int pa = s.posOf[j];
    int[] lines = p.eligible[j];
    int b = lines[rnd.nextInt(lines.length)];
    pendingDelta = Double.NaN;
    if (rnd.nextBoolean()) {
      return insertion(j, a, pa, b, temperature);
    }
    return swap(j, a, pa, b, temperature);
  }

  private int pickJob() {
    if (p.objective == SchedulingProblem.Objective.MAKESPAN && rnd.nextBoolean()) {
      int crit = 0;
      for (int k = 1; k < p.lines; k++) {
        if (s.lineEnd[k] > s.lineEnd[crit]) {
          crit = k;
        }
      }
      int n = s.size[crit] - pinCount[crit];
      if (n > 0) {
        return s.seq[crit][pinCount[crit] + rnd.nextInt(n)];
      }
    }
    return movable[rnd.nextInt(movable.length)];
  }

  private int nearPosition(int lo, int hi, int around) {
    if (hi < lo) {
      return -1;
    }
    if (p.objective == SchedulingProblem.Objective.PLAN && hi - lo > 2 * WINDOW) {
      int c = Math.min(Math.max(around, lo), hi);
      int q = c - WINDOW + rnd.nextInt(2 * WINDOW + 1);
      return Math.min(Math.max(q, lo), hi);
    }
    return lo + rnd.nextInt(hi - lo + 1);
  }

  private double insertion(int j, int a, int pa, int b, double temperature) {
    if (a == b) {
      int q =
          p.objective == SchedulingProblem.Objective.MAKESPAN
              ? bestPositionSameLine(j, a, pa)
              : nearPosition(pinCount[a], s.size[a] - 1, pa);
      if (q < 0 || q == pa) {
        return Double.NaN;
      }
      return moveWithinLine(j, a, pa, q, temperature);
    }
    int[] la = s.seq[a];
    int around = s.size[a] <= 1 ? 0 : (int) ((long) pa * s.size[b] / (s.size[a] - 1));
    int q =
        p.objective == SchedulingProblem.Objective.MAKESPAN
            ? bestPosition(j, a, pa, b)
            : nearPosition(pinCount[b], s.size[b], around);
    int lenA = 0;
    for (int i = pa + 1; i < s.size[a]; i++) {
      tailA[lenA++] = la[i];
    }
    int[] lb = s.seq[b];
    int lenB = 0;
    tailB[lenB++] = j;
    for (int i = q; i < s.size[b]; i++) {
      tailB[lenB++] = lb[i];
    }
    return decide(a, pa, tailA, lenA, b, q, tailB, lenB, temperature);
  }

  private int sameLineTail(int j, int a, int pa, int q) {
    int[] la = s.seq[a];
    int to = Math.max(pa, q);
    int len = 0;
    if (q < pa) {
      tailA[len++] = j;
      for (int i = q; i < pa; i++) {
        tailA[len++] = la[i];
      }
    } else {
      for (int i = pa + 1; i <= q; i++) {
        tailA[len++] = la[i];
      }
      tailA[len++] = j;
    }
    for (int i = to + 1; i < s.size[a]; i++) {
      tailA[len++] = la[i];
    }
    return len;
  }

  private double moveWithinLine(int j, int a, int pa, int q, double temperature) {
    int len = sameLineTail(j, a, pa, q);
    return decide(a, Math.min(pa, q), tailA, len, -1, 0, null, 0, temperature);
  }

  /** The other position on line a where job j costs least, or -1 if there is none. */
  private int bestPositionSameLine(int j, int a, int pa) {
    int bestQ = -1;
    double bestDelta = Double.POSITIVE_INFINITY;
    for (int q = pinCount[a]; q < s.size[a]; q++) {
      if (q == pa) {
        continue;
      }
      int len = sameLineTail(j, a, pa, q);
      double d = delta(a, Math.min(pa, q), tailA, len, -1, 0, null, 0);
      if (d < bestDelta || (d == bestDelta && rnd.nextBoolean())) {
        bestDelta = d;
        bestQ = q;
      }
    }
    return bestQ;
  }

  /** The position on line b where job j, taken off line a, costs least. */
  private int bestPosition(int j, int a, int pa, int b) {
    int[] la = s.seq[a];
    int lenA = 0;
    for (int i = pa + 1; i < s.size[a]; i++) {
      tailA[lenA++] = la[i];
    }
    int[] lb = s.seq[b];
    int bestQ = pinCount[b];
    double bestDelta = Double.POSITIVE_INFINITY;
    for (int q = pinCount[b]; q <= s.size[b]; q++) {
      int lenB = 0;
      tailB[lenB++] = j;
      for (int i = q; i < s.size[b]; i++) {
        tailB[lenB++] = lb[i];
      }
      double d = delta(a, pa, tailA, lenA, b, q, tailB, lenB);
      if (d < bestDelta || (d == bestDelta && rnd.nextBoolean())) {
        bestDelta = d;
        bestQ = q;
      }
    }
    return bestQ;
  }

  private double swap(int j, int a, int pa, int b, double temperature) {
    int n = s.size[b] - pinCount[b];
    if (n <= 0) {
      return Double.NaN;
    }
    int around = a == b ? pa : (int) ((long) pa * s.size[b] / Math.max(1, s.size[a]));
    int pb = nearPosition(pinCount[b], s.size[b] - 1, around);
    int j2 = s.seq[b][pb];
    if (j2 == j || !p.canRun(j2, a) || p.family[j2] == p.family[j] && a == b) {
      return Double.NaN;
    }
    if (a == b) {
      int lo = Math.min(pa, pb);
      int hi = Math.max(pa, pb);
      int[] la = s.seq[a];
      int len = 0;
      tailA[len++] = la[hi];
      for (int i = lo + 1; i < hi; i++) {
        tailA[len++] = la[i];
      }
      tailA[len++] = la[lo];
      for (int i = hi + 1; i < s.size[a]; i++) {
        tailA[len++] = la[i];
      }
      return decide(a, lo, tailA, len, -1, 0, null, 0, temperature);
    }
    int[] la = s.seq[a];
    int[] lb = s.seq[b];
    int lenA = 0;
    tailA[lenA++] = j2;
    for (int i = pa + 1; i < s.size[a]; i++) {
      tailA[lenA++] = la[i];
    }
    int lenB = 0;
    tailB[lenB++] = j;
    for (int i = pb + 1; i < s.size[b]; i++) {
      tailB[lenB++] = lb[i];
    }
    return decide(a, pa, tailA, lenA, b, pb, tailB, lenB, temperature);
  }

  private double decide(
      int a, int fromA, int[] ta, int lenA, int b, int fromB, int[] tb, int lenB, double temp) {
    double delta = delta(a, fromA, ta, lenA, b, fromB, tb, lenB);
    pendingDelta = delta;
    boolean accept = delta <= 0 || (temp > 0 && rnd.nextDouble() < Math.exp(-delta / temp));
    if (!accept) {
      return Double.NaN;
    }
    s.commit(a, fromA, ta, lenA);
    if (b >= 0) {
      s.commit(b, fromB, tb, lenB);
    }
    return delta;
  }

  /** The change of cost if line a (and b, unless -1) took the given tails; nothing changes. */
  private double delta(int a, int fromA, int[] ta, int lenA, int b, int fromB, int[] tb, int lenB) {
    long oldTard = s.totalTardiness();
    long oldSetup = s.totalSetup();
    double before = cost(oldTard, oldSetup, s.lineEnd, -1, 0, -1, 0);
    s.evaluate(0, a, fromA, ta, lenA);
    long tard = oldTard - s.lineTard[a] + s.evTard[0];
    long setup = oldSetup - s.lineSetup[a] + s.evSetup[0];
    long endB = 0;
    if (b >= 0) {
      s.evaluate(1, b, fromB, tb, lenB);
      tard += s.evTard[1] - s.lineTard[b];
      setup += s.evSetup[1] - s.lineSetup[b];
      endB = s.evEnd[1];
    }
    return cost(tard, setup, s.lineEnd, a, s.evEnd[0], b, endB) - before;
  }

  /** The scalar the search minimises; lines a and b (if not -1) take the given new ends. */
  private double cost(long tard, long setup, long[] ends, int a, long endA, int b, long endB) {
    long max = 0;
    long sum = 0;
    for (int k = 0; k < ends.length; k++) {
      long e = k == a ? endA : k == b ? endB : ends[k];
      max = Math.max(max, e);
      sum += e;
    }
    if (p.objective == SchedulingProblem.Objective.MAKESPAN) {
      return max + sum * TIE / ends.length;
    }
    return 1000.0 * tard + 10.0 * setup + 0.01 * max + 0.001 * sum / ends.length;
  }
}
