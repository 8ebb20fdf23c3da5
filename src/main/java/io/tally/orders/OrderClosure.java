package io.tally.orders;

/** Why an open order is closed before it is fulfilled. */
public record OrderClosure(String reason) {}
