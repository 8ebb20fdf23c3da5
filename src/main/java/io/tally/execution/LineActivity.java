package io.tally.execution;

/** What a line is doing now: its open run and its open stop, each null when there is none. */
public record LineActivity(String line, RunView currentRun, StopView openStop) {}
