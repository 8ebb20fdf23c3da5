package io.tally.scheduling.solver.timefold;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanConstraintsTest {
  private static final int BALL = 0;
  private static final int TRACER = 1;
  private static final int BLANK = 2;
  private static final long NONE = Long.MAX_VALUE;

  private final ConstraintVerifier<PlanConstraints, PlanSolution> verifier =
      ConstraintVerifier.build(
          new PlanConstraints(), PlanSolution.class, PlanLine.class, PlanJob.class);

  /** A line whose calendar runs 8 working hours a day from minute 0 (06:00-14:00 style). */
  private static PlanLine line(String id, int index) {
    int[][] changeover = {{0, 0, 0}, {0, 0, 90}, {0, 120, 0}};
    return new PlanLine(id, index, changeover, w -> (w / 480) * 1440 + w % 480);
  }

  private static void assign(PlanLine line, PlanJob... jobs) {
    PlanJob prev = null;
    for (PlanJob j : jobs) {
      line.getJobs().add(j);
      j.setLine(line);
      j.setPrevious(prev);
      j.updateTimes();
      prev = j;
    }
  }

  @Test
  void lineCapabilityPenalisesAJobOnALineThatCannotMakeIt() {
    PlanLine l1 = line("L1", 0);
    PlanJob ball = new PlanJob(1, BALL, new int[] {60, -1}, NONE, 1, null);
    PlanJob tracer = new PlanJob(2, TRACER, new int[] {-1, 60}, NONE, 1, null);
    assign(l1, ball, tracer);
    verifier.verifyThat(PlanConstraints::lineCapability).given(ball, tracer).penalizesBy(1);
  }

  @Test
  void pinnedJobsPenaliseAStartedJobMovedOffItsLine() {
    PlanLine l3 = line("L3", 0);
    PlanJob started = new PlanJob(1, TRACER, new int[] {60, 60}, NONE, 1, "L4");
    PlanJob free = new PlanJob(2, TRACER, new int[] {60, 60}, NONE, 1, null);
    assign(l3, started, free);
    verifier.verifyThat(PlanConstraints::pinnedJobs).given(started, free).penalizesBy(1);
  }

  @Test
  void weightedTardinessCountsMinutesLateTimesPriorityWeight() {
    PlanLine l3 = line("L3", 0);
    // 600 working minutes end on day 2 at minute 1440 + 120 = 1560; due at 1500: 60 min late.
    PlanJob first = new PlanJob(1, TRACER, new int[] {480}, NONE, 1, null);
    PlanJob late = new PlanJob(2, TRACER, new int[] {120}, 1500, 16, null);
    assign(l3, first, late);
    verifier.verifyThat(PlanConstraints::weightedTardiness).given(first, late).penalizesBy(960);
  }

  @Test
  void changeoverTimeSumsTheLinesProductChanges() {
    PlanLine l3 = line("L3", 0);
    PlanJob a = new PlanJob(1, TRACER, new int[] {60}, NONE, 1, null);
    PlanJob b = new PlanJob(2, BLANK, new int[] {60}, NONE, 1, null);
    PlanJob c = new PlanJob(3, BLANK, new int[] {60}, NONE, 1, null);
    PlanJob d = new PlanJob(4, TRACER, new int[] {60}, NONE, 1, null);
    assign(l3, a, b, c, d);
    verifier.verifyThat(PlanConstraints::changeoverTime).given(a, b, c, d).penalizesBy(90 + 120);
  }

  @Test
  void makespanIsTheLatestEndOverAllLines() {
    PlanLine l1 = line("L1", 0);
    PlanLine l2 = line("L2", 1);
    PlanJob a = new PlanJob(1, BALL, new int[] {100, 100}, NONE, 1, null);
    PlanJob b = new PlanJob(2, BALL, new int[] {500, 500}, NONE, 1, null);
    assign(l1, a);
    assign(l2, b);
    // 500 working minutes: one 480-minute day, then 20 minutes of the next: 1440 + 20.
    verifier.verifyThat(PlanConstraints::makespan).given(List.of(a, b).toArray()).penalizesBy(1460);
  }
}
