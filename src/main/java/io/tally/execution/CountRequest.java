package io.tally.execution;

/** Counts made since the last report: increments, not totals. */
public record CountRequest(Long good, Long scrap) {}
