package io.tally.scheduling.solver;

/**
 * A complete assignment of jobs to lines in order, with per-position prefix values (working end,
 * changeover, weighted tardiness) so that a changed line is re-evaluated only from the first
 * changed position onwards.
 */
final class SearchState {
  final SchedulingProblem problem;
  final int[][] seq;
  final int[] size;
  final int[] lineOf;
  final int[] posOf;
  private final long[][] endWork;
  private final long[][] setupPrefix;
  private final long[][] tardPrefix;
  final long[] lineEnd;
  final long[] lineSetup;
  final long[] lineTard;

  /** Results of the last {@link #evaluate} per slot: calendar end, changeover, tardiness. */
  final long[] evEnd = new long[2];

  final long[] evSetup = new long[2];
  final long[] evTard = new long[2];

  SearchState(SchedulingProblem problem, int[][] sequences) {
    this.problem = problem;
    int n = problem.jobs;
    int m = problem.lines;
    seq = new int[m][n + 1];
    size = new int[m];
    lineOf = new int[n];
    posOf = new int[n];
    endWork = new long[m][n + 1];
    setupPrefix = new long[m][n + 1];
    tardPrefix = new long[m][n + 1];
    lineEnd = new long[m];
    lineSetup = new long[m];
    lineTard = new long[m];
    java.util.Arrays.fill(lineOf, -1);
    for (int k = 0; k < m; k++) {
      commit(k, 0, sequences[k], sequences[k].length);
    }
    for (int j = 0; j < n; j++) {
      if (lineOf[j] < 0) {
        throw new IllegalArgumentException("job " + j + " is not on any line");
      }
    }
  }

  /**
   * Evaluates line {@code k} as its first {@code from} jobs followed by {@code tail}, into {@code
   * slot}; the state is unchanged.
   */
  void evaluate(int slot, int k, int from, int[] tail, int tailLen) {
    SchedulingProblem p = problem;
    long w = from > 0 ? endWork[k][from - 1] : 0;
    long setup = from > 0 ? setupPrefix[k][from - 1] : 0;
    long tard = from > 0 ? tardPrefix[k][from - 1] : 0;
    int prev = from > 0 ? seq[k][from - 1] : -1;
    Timeline t = p.timeline[k];
    for (int i = 0; i < tailLen; i++) {
      int j = tail[i];
      int s = p.changeover(k, prev, j);
      setup += s;
      w += s + p.duration[j][k];
      long due = p.due[j];
      if (due != SchedulingProblem.NO_DUE) {
        long end = t.endAt(w);
        if (end > due) {
          tard += p.weight[j] * (end - due);
        }
      }
      prev = j;
    }
    evEnd[slot] = t.endAt(w);
    evSetup[slot] = setup;
    evTard[slot] = tard;
  }

  /** Replaces line {@code k} from position {@code from} on with {@code tail}. */
  void commit(int k, int from, int[] tail, int tailLen) {
    SchedulingProblem p = problem;
    long w = from > 0 ? endWork[k][from - 1] : 0;
    long setup = from > 0 ? setupPrefix[k][from - 1] : 0;
    long tard = from > 0 ? tardPrefix[k][from - 1] : 0;
    int prev = from > 0 ? seq[k][from - 1] : -1;
    Timeline t = p.timeline[k];
    int[] line = seq[k];
    for (int i = 0; i < tailLen; i++) {
      int j = tail[i];
      int pos = from + i;
      int s = p.changeover(k, prev, j);
      setup += s;
      w += s + p.duration[j][k];
      long due = p.due[j];
      if (due != SchedulingProblem.NO_DUE) {
        long end = t.endAt(w);
        if (end > due) {
          tard += p.weight[j] * (end - due);
        }
      }
      line[pos] = j;
      lineOf[j] = k;
      posOf[j] = pos;
      endWork[k][pos] = w;
      setupPrefix[k][pos] = setup;
      tardPrefix[k][pos] = tard;
      prev = j;
    }
    size[k] = from + tailLen;
    lineEnd[k] = t.endAt(w);
    lineSetup[k] = setup;
    lineTard[k] = tard;
  }

  /** Working minute at which the job at {@code pos} of line {@code k} ends. */
  long endWorkAt(int k, int pos) {
    return endWork[k][pos];
  }

  int[][] sequences() {
    int[][] out = new int[problem.lines][];
    for (int k = 0; k < problem.lines; k++) {
      out[k] = java.util.Arrays.copyOf(seq[k], size[k]);
    }
    return out;
  }

  long totalTardiness() {
    long s = 0;
    for (long v : lineTard) {
      s += v;
    }
    return s;
  }

  long totalSetup() {
    long s = 0;
    for (long v : lineSetup) {
      s += v;
    }
    return s;
  }

  long makespan() {
    long max = 0;
    for (long v : lineEnd) {
      max = Math.max(max, v);
    }
    return max;
  }
}
