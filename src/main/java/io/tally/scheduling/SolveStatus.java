package io.tally.scheduling;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where a solve stands: RUNNING, FINISHED or FAILED, since when, and the metrics of its best plan
 * so far (null before the first one).
 */
public record SolveStatus(
    String id,
    SolveState state,
    LocalDate from,
    int timeLimitSeconds,
    long elapsedMillis,
    int jobs,
    Map<String, Object> metrics,
    String error) {}
