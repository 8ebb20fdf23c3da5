package io.tally.execution;

import java.util.List;

/**
 * A lot's or a run's figures as recorded and as corrected, with the corrections behind the
 * difference and the reports that were corrected, voided or entered late.
 */
public record CorrectionSummary(
    String subject,
    long recordedGood,
    long recordedScrap,
    long good,
    long scrap,
    List<CorrectionView> corrections,
    List<CountReportView> reports) {

  /** The figures as recorded: those now less every correction in effect. */
  static CorrectionSummary of(
      String subject,
      long good,
      long scrap,
      List<CorrectionView> corrections,
      List<CountReportView> reports) {
    long goodChange = 0, scrapChange = 0;
    for (CorrectionView c : corrections) {
      if (!c.pending()) {
        goodChange += c.goodChange();
        scrapChange += c.scrapChange();
      }
    }
    return new CorrectionSummary(
        subject,
        good - goodChange,
        scrap - scrapChange,
        good,
        scrap,
        List.copyOf(corrections),
        List.copyOf(reports));
  }

  /** Nothing to show: no correction and no late report. */
  public boolean empty() {
    return corrections.isEmpty() && reports.isEmpty();
  }
}
