package io.tally.scheduling.solver;

import io.tally.plant.model.ProductCode;
import java.util.ArrayList;
import java.util.List;

/** Turns line sequences of the indexed problem back into dated jobs and changeovers. */
final class ScheduleBuilder {
  private ScheduleBuilder() {}

  /** The dated plan without metrics: jobs and changeovers in line order. */
  static Schedule timed(PlantProblem pp, int[][] sequences) {
    SchedulingProblem p = pp.problem;
    List<ScheduledJob> jobs = new ArrayList<>();
    List<Changeover> changeovers = new ArrayList<>();
    for (int k = 0; k < p.lines; k++) {
      Timeline t = p.timeline[k];
      long w = 0;
      int prev = -1;
      for (int j : sequences[k]) {
        int s = p.changeover(k, prev, j);
        if (s > 0) {
          changeovers.add(
              new Changeover(
                  pp.lines.get(k).id(),
                  pp.at(t.startAt(w)),
                  pp.at(t.endAt(w + s)),
                  product(pp, prev),
                  product(pp, j),
                  s));
        }
        w += s;
        long start = t.startAt(w);
        w += p.duration[j][k];
        jobs.add(
            new ScheduledJob(
                pp.jobOrder.get(j).id(),
                pp.lines.get(k).id(),
                product(pp, j),
                pp.jobQuantity[j],
                pp.at(start),
                pp.at(t.endAt(w)),
                p.isPinned[j]));
        prev = j;
      }
    }
    return new Schedule(jobs, changeovers, null, List.of());
  }

  private static ProductCode product(PlantProblem pp, int job) {
    return pp.products.get(pp.problem.family[job]);
  }
}
