package io.tally.traceability;

import java.time.LocalDate;

/** Reference samples of a lot: RETAINED until sent to the reject store (DISCARDED). */
public record RetainedSampleView(
    String id,
    String lot,
    String location,
    long quantity,
    LocalDate retainUntil,
    String status,
    String takenBy) {}
