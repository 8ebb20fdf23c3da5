package io.tally.execution;

/** A stop's reason code from the plant file's list. */
public record StopRequest(String reason) {}
