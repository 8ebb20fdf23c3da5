package io.tally.execution;

import java.time.Instant;

/**
 * A count correction: the report it corrects, the figures as corrected and the change they make,
 * who asked and why, and whether it is in effect ({@code IN_EFFECT}) or waits for a second person
 * ({@code PENDING}).
 */
public record CorrectionView(
    long seq,
    long corrects,
    String run,
    String lot,
    String line,
    long good,
    long scrap,
    long goodChange,
    long scrapChange,
    boolean voided,
    String reason,
    String actor,
    CorrectionStatus status,
    String approvedBy,
    Instant recordedAt) {

  public boolean pending() {
    return status == CorrectionStatus.PENDING;
  }
}
