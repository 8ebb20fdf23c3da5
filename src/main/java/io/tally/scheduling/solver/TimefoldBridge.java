package io.tally.scheduling.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.tally.scheduling.solver.timefold.PlanConstraints;
import io.tally.scheduling.solver.timefold.PlanJob;
import io.tally.scheduling.solver.timefold.PlanLine;
import io.tally.scheduling.solver.timefold.PlanSolution;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the indexed problem onto the Timefold model and back, and runs Timefold's default local
 * search from our starting plan: the optional engine, and the check that both models agree.
 */
final class TimefoldBridge {
  private TimefoldBridge() {}

  static PlanSolution toSolution(SchedulingProblem p, List<String> lineIds, int[][] sequences) {
    List<PlanLine> lines = new ArrayList<>();
    for (int k = 0; k < p.lines; k++) {
      Timeline t = p.timeline[k];
      lines.add(new PlanLine(lineIds.get(k), k, p.setup[k], t::endAt));
    }
    List<PlanJob> jobs = new ArrayList<>();
    for (int j = 0; j < p.jobs; j++) {
      String pinnedLine = null;
      for (int k = 0; k < p.lines; k++) {
        for (int x : p.pinned[k]) {
          pinnedLine = x == j ? lineIds.get(k) : pinnedLine;
        }
      }
      jobs.add(new PlanJob(j, p.family[j], p.duration[j], p.due[j], p.weight[j], pinnedLine));
    }
    for (int k = 0; k < p.lines; k++) {
      PlanLine line = lines.get(k);
      line.setPinnedCount(p.pinned[k].length);
      PlanJob prev = null;
      for (int j : sequences[k]) {
        PlanJob job = jobs.get(j);
        line.getJobs().add(job);
        job.setLine(line);
        job.setPrevious(prev);
        job.updateTimes();
        prev = job;
      }
    }
    return new PlanSolution(lines, jobs);
  }

  static int[][] toSequences(PlanSolution s) {
    return s.getLines().stream()
        .map(l -> l.getJobs().stream().mapToInt(PlanJob::getId).toArray())
        .toArray(int[][]::new);
  }

  static int[][] improve(PlantProblem pp, int[][] start, long deadline, SearchControl<?> control) {
    long millis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    SolverConfig config =
        new SolverConfig()
            .withSolutionClass(PlanSolution.class)
            .withEntityClasses(PlanLine.class, PlanJob.class)
            .withConstraintProviderClass(PlanConstraints.class)
            .withEnvironmentMode(EnvironmentMode.NON_REPRODUCIBLE)
            .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(millis));
    Solver<PlanSolution> solver = SolverFactory.<PlanSolution>create(config).buildSolver();
    List<String> ids = pp.lines.stream().map(l -> l.id().value()).toList();
    Thread watcher =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                if (control.stopRequested()) {
                  solver.terminateEarly();
                  return;
                }
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    watcher.setDaemon(true);
    watcher.start();
    try {
      return toSequences(solver.solve(toSolution(pp.problem, ids, start)));
    } finally {
      watcher.interrupt();
    }
  }
}
