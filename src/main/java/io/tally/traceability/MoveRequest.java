package io.tally.traceability;

/**
 * A move of stock between locations: {@code material} FINISHED (loose rounds of a finished lot) or
 * COMPONENT (units of a component lot).
 */
public record MoveRequest(String material, String lot, Long quantity, String from, String to) {}
