package io.tally.execution;

import java.time.Instant;

/** One count report with its figures as recorded and as corrected, and whether it was late. */
public record CountReportView(
    long seq,
    String run,
    String lot,
    String line,
    long good,
    long scrap,
    long correctedGood,
    long correctedScrap,
    boolean voided,
    boolean late,
    Instant at) {

  public boolean corrected() {
    return voided || good != correctedGood || scrap != correctedScrap;
  }
}
