package io.tally.traceability;

/**
 * The receiving inspection stream of one component from one supplier under one inspection level and
 * AQL: its severity after the switching rules, whether it is discontinued, its switching score and
 * the lots decided on it.
 */
public record ReceivingStreamView(
    String component,
    String supplier,
    String level,
    String aql,
    String severity,
    boolean discontinued,
    int score,
    int lots) {}
