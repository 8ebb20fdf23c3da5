package io.tally.execution;

import java.time.Instant;

/** A stop of a line, with its reason code and category; open while {@code endedAt} is null. */
public record StopView(
    String stop, String line, String reason, String category, Instant startedAt, Instant endedAt) {}
