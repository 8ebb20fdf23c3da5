package io.tally.scheduling.solver;

/**
 * The answer to a plan request: the plan, the same metrics for a plain earliest-due-date list
 * schedule, which engine produced the plan, and how long the first feasible plan took.
 */
public record PlanResult(
    Schedule plan,
    PlanMetrics baselineEdd,
    String engine,
    long millisToFirstPlan,
    long millisTotal,
    long moves) {}
