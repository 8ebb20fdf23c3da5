package io.tally.traceability;

import org.jspecify.annotations.Nullable;

/**
 * A customer return: AWAITING inspection (its rounds HELD at {@code location}), then RELEASED,
 * REWORKED (into {@code newLot}) or SCRAPPED by quality.
 */
public record ReturnView(
    String id,
    String shipment,
    String customer,
    String authorisation,
    String lot,
    long quantity,
    String location,
    String reason,
    @Nullable String document,
    String status,
    String recordedBy,
    @Nullable String disposedBy,
    @Nullable String note,
    @Nullable String newLot) {}
