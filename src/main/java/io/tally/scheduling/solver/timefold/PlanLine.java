package io.tally.scheduling.solver.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * A line as Timefold plans it: the jobs in order (the planning list variable), the jobs already
 * started pinned at its head, its changeover matrix over products, and its working clock.
 */
@PlanningEntity
public class PlanLine {
  @PlanningId private String id;
  private int index;
  private int[][] changeover;
  private LongUnaryOperator endAt;
  @PlanningPinToIndex private int pinnedCount;

  @PlanningListVariable private List<PlanJob> jobs = new ArrayList<>();

  public PlanLine() {}

  /**
   * @param endAt calendar minute at which a given number of working minutes is complete
   */
  public PlanLine(String id, int index, int[][] changeover, LongUnaryOperator endAt) {
    this.id = id;
    this.index = index;
    this.changeover = changeover;
    this.endAt = endAt;
  }

  public String getId() {
    return id;
  }

  public int getIndex() {
    return index;
  }

  public List<PlanJob> getJobs() {
    return jobs;
  }

  public void setJobs(List<PlanJob> jobs) {
    this.jobs = jobs;
  }

  public int getPinnedCount() {
    return pinnedCount;
  }

  public void setPinnedCount(int pinnedCount) {
    this.pinnedCount = pinnedCount;
  }

  int changeoverMinutes(int fromProduct, int toProduct) {
    return fromProduct == toProduct ? 0 : changeover[fromProduct][toProduct];
  }

  long endAt(long workMinutes) {
    return endAt.applyAsLong(workMinutes);
  }

  @Override
  public String toString() {
    return id;
  }
}
