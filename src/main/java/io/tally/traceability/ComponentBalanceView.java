package io.tally.traceability;

import org.jspecify.annotations.Nullable;

/**
 * The use of one component in one finished lot (made in the shift named): expected = made (good +
 * scrap) x perUnit of the bill of materials, against what was issued to the line for the lot and
 * consumed into it. Flagged when the lot is closed and consumed differs from expected by more than
 * the tolerance; open until a reason is recorded for exactly these figures.
 */
public record ComponentBalanceView(
    String lot,
    String component,
    String product,
    String line,
    String shift,
    double perUnit,
    long made,
    long expected,
    long issued,
    long consumed,
    double deviationPercent,
    double tolerancePercent,
    boolean closed,
    boolean flagged,
    boolean open,
    @Nullable String reason,
    @Nullable String explainedBy) {}
