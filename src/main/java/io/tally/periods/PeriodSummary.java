package io.tally.periods;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A month in the list of periods: its status and, once closed, who closed it. */
public record PeriodSummary(
    YearMonth period, PeriodStatement.Status status, @Nullable String closedBy) {}
