package io.tally.execution;

import java.time.Instant;

/** A stop correction: the stop as recorded before it, as corrected, who and why. */
public record StopCorrectionView(
    long seq,
    long corrects,
    String stop,
    String line,
    String wasReason,
    Instant wasStartedAt,
    Instant wasEndedAt,
    String reason,
    Instant startedAt,
    Instant endedAt,
    String why,
    String actor,
    Instant recordedAt) {}
