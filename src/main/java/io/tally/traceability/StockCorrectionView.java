package io.tally.traceability;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A consumption or move correction as recorded and as corrected. {@code kind} CONSUMPTION: {@code
 * subject} is the component lot, {@code lot} the finished lot, {@code from} where it was consumed,
 * {@code wasQuantity} and {@code quantity} its units as recorded and as corrected. Kind MOVE:
 * {@code subject} is the unit or lot moved, {@code from} where the move put it, {@code to} where
 * the correction puts it. {@code status} PENDING (awaits a second person) or IN_EFFECT.
 */
public record StockCorrectionView(
    long seq,
    long corrects,
    String kind,
    @Nullable String material,
    String subject,
    @Nullable String lot,
    String from,
    @Nullable String to,
    long wasQuantity,
    long quantity,
    long change,
    boolean voided,
    String reason,
    String actor,
    String status,
    @Nullable String approvedBy,
    @Nullable Long approvedSeq,
    Instant recordedAt) {

  public boolean pending() {
    return status.equals("PENDING");
  }
}
