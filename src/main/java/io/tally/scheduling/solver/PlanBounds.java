package io.tally.scheduling.solver;

import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Lower bounds of a plant plan (see {@link PlanLowerBound}). */
final class PlanBounds {
  private PlanBounds() {}

  static PlanLowerBound of(PlantProblem pp) {
    SchedulingProblem p = pp.problem;
    long[] pinnedWork = new long[p.lines];
    for (int k = 0; k < p.lines; k++) {
      for (int j : p.pinned[k]) {
        pinnedWork[k] += p.duration[j][k];
      }
    }
    double tardiness = 0;
    long makespan = 0;
    for (int j = 0; j < p.jobs; j++) {
      long earliest = Long.MAX_VALUE;
      for (int k : p.eligible[j]) {
        long base = p.isPinned[j] ? 0 : pinnedWork[k];
        earliest = Math.min(earliest, p.timeline[k].endAt(base + p.duration[j][k]));
      }
      if (earliest > p.due[j]) {
        tardiness += p.weight[j] * (earliest - p.due[j]) / 60.0;
      }
      makespan = Math.max(makespan, earliest);
    }
    List<PlanLowerBound.GroupCapacity> groups = new ArrayList<>();
    for (int[] group : lineGroups(p)) {
      groups.add(capacity(pp, group));
      makespan = Math.max(makespan, groupMakespan(p, group));
      tardiness = Math.max(tardiness, overload(p, group));
    }
    return new PlanLowerBound(ScheduleMetrics.round(tardiness), pp.at(makespan), groups);
  }

  /**
   * Demand beyond capacity: if the work due by some date D exceeds the group's working minutes
   * before D by E, one of those jobs ends at least E / (lines in the group) working minutes, so at
   * least as many calendar minutes, after D, and weighs at least the least weight among them.
   */
  private static double overload(SchedulingProblem p, int[] group) {
    Integer[] jobs =
        java.util.stream.IntStream.range(0, p.jobs)
            .filter(j -> inGroup(p.eligible[j][0], group) && p.due[j] != SchedulingProblem.NO_DUE)
            .boxed()
            .sorted(java.util.Comparator.comparingLong(j -> p.due[j]))
            .toArray(Integer[]::new);
    double best = 0;
    long demand = 0;
    long minWeight = Long.MAX_VALUE;
    for (int i = 0; i < jobs.length; i++) {
      int j = jobs[i];
      demand += fastest(p, j);
      minWeight = Math.min(minWeight, p.weight[j]);
      if (i + 1 < jobs.length && p.due[jobs[i + 1]] == p.due[j]) {
        continue;
      }
      long capacity = 0;
      for (int k : group) {
        capacity += p.timeline[k].workBefore(p.due[j]);
      }
      long excess = demand - capacity;
      if (excess > 0) {
        best = Math.max(best, minWeight * (excess / (double) group.length) / 60.0);
      }
    }
    return best;
  }

  /** Lines joined by a product they can both make: work can only move inside a group. */
  static List<int[]> lineGroups(SchedulingProblem p) {
    int[] root = new int[p.lines];
    for (int k = 0; k < p.lines; k++) {
      root[k] = k;
    }
    for (int j = 0; j < p.jobs; j++) {
      int[] e = p.eligible[j];
      for (int i = 1; i < e.length; i++) {
        root[find(root, e[i])] = find(root, e[0]);
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < p.lines; k++) {
      if (find(root, k) == k) {
        final int r = k;
        int[] members =
            java.util.stream.IntStream.range(0, p.lines).filter(x -> find(root, x) == r).toArray();
        boolean used = false;
        for (int j = 0; j < p.jobs && !used; j++) {
          used = find(root, p.eligible[j][0]) == r;
        }
        if (used) {
          out.add(members);
        }
      }
    }
    return out;
  }

  private static int find(int[] root, int k) {
    while (root[k] != k) {
      k = root[k];
    }
    return k;
  }

  private static PlanLowerBound.GroupCapacity capacity(PlantProblem pp, int[] group) {
    SchedulingProblem p = pp.problem;
    long demand = 0;
    long lastDue = 0;
    TreeSet<ProductCode> products = new TreeSet<>();
    for (int j = 0; j < p.jobs; j++) {
      if (!inGroup(p.eligible[j][0], group)) {
        continue;
      }
      demand += fastest(p, j);
      lastDue = Math.max(lastDue, p.due[j]);
      products.add(pp.products.get(p.family[j]));
    }
    long available = 0;
    List<LineId> lines = new ArrayList<>();
    for (int k : group) {
      available += p.timeline[k].workBefore(lastDue);
      lines.add(pp.lines.get(k).id());
    }
    LocalDateTime until = pp.at(lastDue);
    return new PlanLowerBound.GroupCapacity(
        lines, List.copyOf(products), demand / 60.0, available / 60.0, until);
  }

  /** The group's total fastest work spread evenly over its lines, in the slowest calendar. */
  private static long groupMakespan(SchedulingProblem p, int[] group) {
    long demand = 0;
    for (int j = 0; j < p.jobs; j++) {
      if (inGroup(p.eligible[j][0], group)) {
        demand += fastest(p, j);
      }
    }
    long share = (demand + group.length - 1) / group.length;
    long min = Long.MAX_VALUE;
    for (int k : group) {
      min = Math.min(min, p.timeline[k].endAt(share));
    }
    return min;
  }

  private static long fastest(SchedulingProblem p, int j) {
    long min = Long.MAX_VALUE;
    for (int k : p.eligible[j]) {
      min = Math.min(min, p.duration[j][k]);
    }
    return min;
  }

  private static boolean inGroup(int line, int[] group) {
    for (int k : group) {
      if (k == line) {
        return true;
      }
    }
    return false;
  }
}
