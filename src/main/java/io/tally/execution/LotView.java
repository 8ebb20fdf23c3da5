package io.tally.execution;

import java.time.Instant;

/** A production lot as execution knows it: OPEN while it fills, then CLOSED by a rule. */
public record LotView(
    String lot,
    String product,
    String line,
    String run,
    String status,
    long good,
    long scrap,
    Instant openedAt,
    Instant closedAt,
    String closeRule) {}
