package io.tally.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Starting schedules: greedy insertion for the makespan, due-date list schedules for plans. */
final class Construction {
  private Construction() {}

  /**
   * Takes jobs longest-first and puts each where it adds least: the line and position that give the
   * smallest resulting makespan, then the smallest end of that line.
   */
  static int[][] greedyInsertion(SchedulingProblem p) {
    List<List<Integer>> lines = startLines(p);
    Integer[] order =
        IntStream.range(0, p.jobs).filter(j -> !p.isPinned[j]).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, Comparator.comparingInt((Integer j) -> -minDuration(p, j)));
    long[] ends = new long[p.lines];
    for (int k = 0; k < p.lines; k++) {
      ends[k] = lineEnd(p, k, lines.get(k));
    }
    for (int j : order) {
      long bestMax = Long.MAX_VALUE;
      long bestEnd = Long.MAX_VALUE;
      int bestLine = -1;
      int bestPos = -1;
      for (int k : p.eligible[j]) {
        List<Integer> seq = lines.get(k);
        long othersMax = 0;
        for (int o = 0; o < p.lines; o++) {
          othersMax = o == k ? othersMax : Math.max(othersMax, ends[o]);
        }
        for (int q = p.pinned[k].length; q <= seq.size(); q++) {
          seq.add(q, j);
          long end = lineEnd(p, k, seq);
          seq.remove(q);
          long max = Math.max(othersMax, end);
          if (max < bestMax || (max == bestMax && end < bestEnd)) {
            bestMax = max;
            bestEnd = end;
            bestLine = k;
            bestPos = q;
          }
        }
      }
      lines.get(bestLine).add(bestPos, j);
      ends[bestLine] = bestEnd;
    }
    return toArrays(lines);
  }

  /**
   * Earliest due date first (heavier first on equal dates). With {@code bestLine} each job goes to
   * the line where it ends earliest, changeover included; without it, to the line that is free
   * first: the plain list schedule planners know.
   */
  static int[][] earliestDueDate(SchedulingProblem p, boolean bestLine) {
    List<List<Integer>> lines = startLines(p);
    Integer[] order =
        IntStream.range(0, p.jobs).filter(j -> !p.isPinned[j]).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(
        order,
        Comparator.comparingLong((Integer j) -> p.due[j])
            .thenComparingLong(j -> -p.weight[j])
            .thenComparingInt(j -> j));
    long[] work = new long[p.lines];
    int[] last = new int[p.lines];
    for (int k = 0; k < p.lines; k++) {
      last[k] = -1;
      for (int j : lines.get(k)) {
        work[k] += p.changeover(k, last[k], j) + p.duration[j][k];
        last[k] = j;
      }
    }
    for (int j : order) {
      int chosen = -1;
      long chosenKey = Long.MAX_VALUE;
      for (int k : p.eligible[j]) {
        long key =
            bestLine
                ? p.timeline[k].endAt(work[k] + p.changeover(k, last[k], j) + p.duration[j][k])
                : p.timeline[k].startAt(work[k]);
        if (key < chosenKey) {
          chosenKey = key;
          chosen = k;
        }
      }
      work[chosen] += p.changeover(chosen, last[chosen], j) + p.duration[j][chosen];
      last[chosen] = j;
      lines.get(chosen).add(j);
    }
    return toArrays(lines);
  }

  private static List<List<Integer>> startLines(SchedulingProblem p) {
    List<List<Integer>> lines = new ArrayList<>();
    for (int k = 0; k < p.lines; k++) {
      List<Integer> seq = new ArrayList<>();
      for (int j : p.pinned[k]) {
        seq.add(j);
      }
      lines.add(seq);
    }
    for (int j = 0; j < p.jobs; j++) {
      if (p.eligible[j].length == 0) {
        throw new IllegalArgumentException("job " + j + " has no line that can make it");
      }
    }
    return lines;
  }

  private static int minDuration(SchedulingProblem p, int j) {
    int min = Integer.MAX_VALUE;
    for (int k : p.eligible[j]) {
      min = Math.min(min, p.duration[j][k]);
    }
    return min;
  }

  private static long lineEnd(SchedulingProblem p, int k, List<Integer> seq) {
    long w = 0;
    int prev = -1;
    for (int j : seq) {
      w += p.changeover(k, prev, j) + p.duration[j][k];
      prev = j;
    }
    return p.timeline[k].endAt(w);
  }

  private static int[][] toArrays(List<List<Integer>> lines) {
    return lines.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }
}
