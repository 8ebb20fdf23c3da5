package io.tally.execution;

import java.time.Instant;

/** The end of a stop entered late from a paper log: when the line started again. */
public record StopEndRequest(Instant occurredAt) {}
