package io.tally.scheduling.solver.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.util.List;

/**
 * A plan as Timefold sees it. The score has one hard level and three soft levels: soft 0 is the
 * medium rule (weighted tardiness), soft 1 changeover time, soft 2 makespan, in that order.
 */
@PlanningSolution
public class PlanSolution {
  @PlanningEntityCollectionProperty private List<PlanLine> lines;

  @PlanningEntityCollectionProperty @ValueRangeProvider private List<PlanJob> jobs;

  @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 3)
  private BendableLongScore score;

  public PlanSolution() {}

  public PlanSolution(List<PlanLine> lines, List<PlanJob> jobs) {
    this.lines = lines;
    this.jobs = jobs;
  }

  public List<PlanLine> getLines() {
    return lines;
  }

  public List<PlanJob> getJobs() {
    return jobs;
  }

  public BendableLongScore getScore() {
    return score;
  }

  public void setScore(BendableLongScore score) {
    this.score = score;
  }
}
