package io.tally.scheduling.solver.timefold;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The plan's rules. Hard: line capability, pinned jobs. Medium (soft level 0): weighted tardiness,
 * priority 1 weighing 16 down to priority 5 weighing 1. Soft: changeover time (level 1), then
 * makespan (level 2).
 */
public class PlanConstraints implements ConstraintProvider {
  static final BendableLongScore HARD = BendableLongScore.ofHard(1, 3, 0, 1);
  static final BendableLongScore MEDIUM = BendableLongScore.ofSoft(1, 3, 0, 1);
  static final BendableLongScore CHANGEOVER = BendableLongScore.ofSoft(1, 3, 1, 1);
  static final BendableLongScore MAKESPAN = BendableLongScore.ofSoft(1, 3, 2, 1);

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {
      lineCapability(f), pinnedJobs(f), weightedTardiness(f), changeoverTime(f), makespan(f)
    };
  }

  /** Hard: a job runs only on a line that can make its product. */
  Constraint lineCapability(ConstraintFactory f) {
    return f.forEach(PlanJob.class)
        .filter(j -> !j.canRunOnItsLine())
        .penalize(HARD)
        .asConstraint("Line capability");
  }

  /** Hard: a job already started stays on the line it runs on. */
  Constraint pinnedJobs(ConstraintFactory f) {
    return f.forEach(PlanJob.class)
        .filter(PlanJob::awayFromPinnedLine)
        .penalize(HARD)
        .asConstraint("Pinned jobs");
  }

  /** Medium: minutes each job ends after its due time, times its order's priority weight. */
  Constraint weightedTardiness(ConstraintFactory f) {
    return f.forEach(PlanJob.class)
        .filter(j -> j.weightedLateness() > 0)
        .penalizeLong(MEDIUM, PlanJob::weightedLateness)
        .asConstraint("Weighted tardiness");
  }

  /** Soft: working minutes spent changing a line over from one product to the next. */
  Constraint changeoverTime(ConstraintFactory f) {
    return f.forEach(PlanJob.class)
        .filter(j -> j.changeoverBefore() > 0)
        .penalizeLong(CHANGEOVER, PlanJob::changeoverBefore)
        .asConstraint("Changeover time");
  }

  /** Soft, last: the calendar minute the last job of the plan ends. */
  Constraint makespan(ConstraintFactory f) {
    return f.forEach(PlanJob.class)
        .filter(j -> j.getEnd() != null)
        .groupBy(ConstraintCollectors.max(PlanJob::getEnd))
        .penalizeLong(MAKESPAN, end -> end)
        .asConstraint("Makespan");
  }
}
