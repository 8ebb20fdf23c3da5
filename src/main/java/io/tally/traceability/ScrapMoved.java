package io.tally.traceability;

import java.util.List;

/** Rejects moved to await destruction at {@code location}: what came from where. */
public record ScrapMoved(String location, long quantity, List<ScrapEvent.Taken> lines) {}
