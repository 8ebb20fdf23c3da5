package io.tally.scheduling.solver;

import java.util.SplittableRandom;

/**
 * Proposes one move at a time as new tails of at most two lines, with its change of cost; the
 * caller decides and then applies it. Moves: relocate a job (in makespan mode to its best position
 * on the target line), swap two jobs (in makespan mode across lines each to its best position on
 * the other's line). In makespan mode half of the jobs moved come off the line that sets it; in
 * plan mode positions stay near the job's place in due-date order.
 *
 * <p>Search code, kept in one class over 200 lines on purpose: it is the innermost loop of the
 * local search (millions of proposals a solve), and its moves share the scratch array and the two
 * tails it fills without allocating; split into classes per move they would pass that state back
 * and forth on every proposal.
 */
final class Neighbourhood {
  private static final int WINDOW = 24;

  /** Share of cross-line swaps that put each job at its best place on the other line. */
  private static final double BEST_PLACE_SWAPS = 0.3;

  private final SchedulingProblem p;
  private final SearchState s;
  private final SplittableRandom rnd;
  private final int[] movable;
  private final int[] pinCount;
  private final boolean makespan;
  private final int[] scratch;
  final int[] tailA;
  final int[] tailB;
  int lineA;
  int fromA;
  int lenA;
  int lineB;
  int fromB;
  int lenB;
  double delta;

  Neighbourhood(SchedulingProblem p, SearchState s, SplittableRandom rnd) {
    this.p = p;
    this.s = s;
    this.rnd = rnd;
    this.makespan = p.objective == SchedulingProblem.Objective.MAKESPAN;
    int c = 0;
    int[] free = new int[p.jobs];
    for (int j = 0; j < p.jobs; j++) {
      if (!p.isPinned[j]) {
        free[c++] = j;
      }
    }
    movable = java.util.Arrays.copyOf(free, c);
    pinCount = new int[p.lines];
    for (int k = 0; k < p.lines; k++) {
      pinCount[k] = p.pinned[k].length;
    }
    tailA = new int[p.jobs + 1];
    tailB = new int[p.jobs + 1];
    scratch = new int[p.jobs + 1];
  }

  int[] movable() {
    return movable;
  }

  boolean hasMoves() {
    return movable.length > 0;
  }

  /** Proposes a move and computes its delta; false when the draw gave no move. */
  boolean propose() {
    int j = pickJob();
    int a = s.lineOf[j];
    int pa = s.posOf[j];
    int b = p.eligible[j][rnd.nextInt(p.eligible[j].length)];
    lineB = -1;
    boolean ok = rnd.nextBoolean() ? relocate(j, a, pa, b) : swap(j, a, pa, b);
    if (ok) {
      delta = delta();
    }
    return ok;
  }

  void apply() {
    s.commit(lineA, fromA, tailA, lenA);
    if (lineB >= 0) {
      s.commit(lineB, fromB, tailB, lenB);
    }
  }

  private int pickJob() {
    if (makespan && rnd.nextBoolean()) {
      int crit = 0;
      for (int k = 1; k < p.lines; k++) {
        crit = s.lineEnd[k] > s.lineEnd[crit] ? k : crit;
      }
      int n = s.size[crit] - pinCount[crit];
      if (n > 0) {
        return s.seq[crit][pinCount[crit] + rnd.nextInt(n)];
      }
    }
    return movable[rnd.nextInt(movable.length)];
  }

  private boolean relocate(int j, int a, int pa, int b) {
    if (a == b) {
      int q = makespan ? best(a, pa, j, 0) : near(pinCount[a], s.size[a] - 1, pa);
      if (q < 0 || q == pa) {
        return false;
      }
      lineA = a;
      fromA = tail(a, pa, j, q, tailA);
      lenA = tailLen;
      return true;
    }
    int around = s.size[a] <= 1 ? 0 : (int) ((long) pa * s.size[b] / (s.size[a] - 1));
    int q = makespan ? best(b, -1, j, 1) : near(pinCount[b], s.size[b], around);
    lineA = a;
    fromA = tail(a, pa, -1, 0, tailA);
    lenA = tailLen;
    lineB = b;
    fromB = tail(b, -1, j, q, tailB);
    lenB = tailLen;
    return true;
  }

  private boolean swap(int j, int a, int pa, int b) {
    if (s.size[b] - pinCount[b] <= 0) {
      return false;
    }
    int around = a == b ? pa : (int) ((long) pa * s.size[b] / Math.max(1, s.size[a]));
    int pb =
        makespan
            ? pinCount[b] + rnd.nextInt(s.size[b] - pinCount[b])
            : near(pinCount[b], s.size[b] - 1, around);
    int j2 = s.seq[b][pb];
    if (j2 == j || !p.canRun(j2, a) || (a == b && p.family[j2] == p.family[j])) {
      return false;
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
      lineA = a;
      fromA = lo;
      lenA = len;
      return true;
    }
    boolean dbl = makespan && rnd.nextDouble() < BEST_PLACE_SWAPS;
    int qa = dbl ? best(a, pa, j2, 0) : pa;
    int qb = dbl ? best(b, pb, j, 1) : pb;
    lineA = a;
    fromA = tail(a, pa, j2, qa, tailA);
    lenA = tailLen;
    lineB = b;
    fromB = tail(b, pb, j, qb, tailB);
    lenB = tailLen;
    return true;
  }

  private int tailLen;

  /**
   * Line k with the job at {@code removePos} taken out (none if -1) and job {@code x} (none if -1)
   * put at {@code insertPos} of what remains: writes the changed tail into {@code out}, sets {@link
   * #tailLen} and returns the first changed position.
   */
  private int tail(int k, int removePos, int x, int insertPos, int[] out) {
    int[] line = s.seq[k];
    int remaining = s.size[k] - (removePos < 0 ? 0 : 1);
    int from = removePos < 0 ? insertPos : x < 0 ? removePos : Math.min(removePos, insertPos);
    int len = 0;
    for (int i = from; i <= remaining; i++) {
      if (x >= 0 && i == insertPos) {
        out[len++] = x;
      }
      if (i < remaining) {
        out[len++] = line[removePos >= 0 && i >= removePos ? i + 1 : i];
      }
    }
    tailLen = len;
    return from;
  }

  /** The position for job x on line k (less the job at removePos) that ends the line soonest. */
  private int best(int k, int removePos, int x, int slot) {
    int remaining = s.size[k] - (removePos < 0 ? 0 : 1);
    int bestQ = -1;
    long bestEnd = Long.MAX_VALUE;
    for (int q = pinCount[k]; q <= remaining; q++) {
      int from = tail(k, removePos, x, q, scratch);
      s.evaluate(slot, k, from, scratch, tailLen);
      long end = s.evEnd[slot];
      if (end < bestEnd || (end == bestEnd && rnd.nextBoolean())) {
        bestEnd = end;
        bestQ = q;
      }
    }
    return bestQ;
  }

  private int near(int lo, int hi, int around) {
    if (hi < lo) {
      return -1;
    }
    if (hi - lo > 2 * WINDOW) {
      int c = Math.min(Math.max(around, lo), hi);
      int q = c - WINDOW + rnd.nextInt(2 * WINDOW + 1);
      return Math.min(Math.max(q, lo), hi);
    }
    return lo + rnd.nextInt(hi - lo + 1);
  }

  private double delta() {
    long oldTard = s.totalTardiness();
    long oldSetup = s.totalSetup();
    double before = SearchCost.of(p.objective, oldTard, oldSetup, s.lineEnd, -1, 0, -1, 0);
    s.evaluate(0, lineA, fromA, tailA, lenA);
    long tard = oldTard - s.lineTard[lineA] + s.evTard[0];
    long setup = oldSetup - s.lineSetup[lineA] + s.evSetup[0];
    long endB = 0;
    if (lineB >= 0) {
      s.evaluate(1, lineB, fromB, tailB, lenB);
      tard += s.evTard[1] - s.lineTard[lineB];
      setup += s.evSetup[1] - s.lineSetup[lineB];
      endB = s.evEnd[1];
    }
    return SearchCost.of(p.objective, tard, setup, s.lineEnd, lineA, s.evEnd[0], lineB, endB)
        - before;
  }
}
