package io.tally.scheduling.solver.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.CascadingUpdateShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;

/**
 * A job (at most a lot of an order) as Timefold plans it. Its line and predecessor are shadows of
 * the lines' lists; its working end and calendar end cascade along the line: changeover after the
 * predecessor, then the job's working time on that line, mapped through the line's calendar.
 */
@PlanningEntity
public class PlanJob {
  @PlanningId private Integer id;
  private int product;
  private int[] minutesPerLine;
  private long due;
  private long weight;
  private String pinnedLine;

  @InverseRelationShadowVariable(sourceVariableName = "jobs")
  private PlanLine line;

  @PreviousElementShadowVariable(sourceVariableName = "jobs")
  private PlanJob previous;

  @CascadingUpdateShadowVariable(targetMethodName = "updateTimes")
  private Long endWork;

  @CascadingUpdateShadowVariable(targetMethodName = "updateTimes")
  private Long end;

  public PlanJob() {}

  /**
   * @param minutesPerLine working minutes on each line by index, -1 where the line cannot make it
   * @param due calendar minute the job is due, {@link Long#MAX_VALUE} for none
   * @param pinnedLine id of the line a started job must stay on, or null
   */
  public PlanJob(
      int id, int product, int[] minutesPerLine, long due, long weight, String pinnedLine) {
    this.id = id;
    this.product = product;
    this.minutesPerLine = minutesPerLine;
    this.due = due;
    this.weight = weight;
    this.pinnedLine = pinnedLine;
  }

  /** Recomputes the working and calendar end from the predecessor on the same line. */
  public void updateTimes() {
    if (line == null) {
      endWork = null;
      end = null;
      return;
    }
    long start = previous == null || previous.endWork == null ? 0 : previous.endWork;
    long minutes = Math.max(0, minutesPerLine[line.getIndex()]);
    endWork = start + changeoverBefore() + minutes;
    end = line.endAt(endWork);
  }

  /** Working minutes of the changeover from the predecessor's product to this one. */
  public int changeoverBefore() {
    return line == null || previous == null ? 0 : line.changeoverMinutes(previous.product, product);
  }

  public boolean canRunOnItsLine() {
    return line == null || minutesPerLine[line.getIndex()] >= 0;
  }

  public boolean awayFromPinnedLine() {
    return pinnedLine != null && line != null && !pinnedLine.equals(line.getId());
  }

  /** Weight x minutes the job ends after its due time. */
  public long weightedLateness() {
    return end == null || due == Long.MAX_VALUE || end <= due ? 0 : weight * (end - due);
  }

  public Integer getId() {
    return id;
  }

  public PlanLine getLine() {
    return line;
  }

  public void setLine(PlanLine line) {
    this.line = line;
  }

  public PlanJob getPrevious() {
    return previous;
  }

  public void setPrevious(PlanJob previous) {
    this.previous = previous;
  }

  public Long getEnd() {
    return end;
  }

  public Long getEndWork() {
    return endWork;
  }

  @Override
  public String toString() {
    return "job" + id;
  }
}
