package io.tally.traceability;

/** The answer to a command: the entry it appended and what it is about. */
public record Recorded(String event, String subject, long ledgerSeq) {}
