package io.tally.execution;

import io.tally.input.Ident;

/** A stop's reason code from the plant file's list. */
public record StopRequest(@Ident String reason) {}
