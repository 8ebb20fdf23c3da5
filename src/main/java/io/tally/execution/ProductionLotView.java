package io.tally.execution;

import java.time.Instant;

/**
 * A production lot as execution knows it: OPEN while it fills, then CLOSED by a rule. (Quality has
 * its own view of a lot, with its disposition; this one ends where quality begins.)
 */
public record ProductionLotView(
    String lot,
    String product,
    String line,
    String run,
    ProductionLotStatus status,
    long good,
    long scrap,
    Instant openedAt,
    Instant closedAt,
    String closeRule) {}
