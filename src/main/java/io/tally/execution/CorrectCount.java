package io.tally.execution;

import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntry;
import io.tally.periods.Periods;
import org.springframework.stereotype.Component;

/**
 * Corrects a count report: a new entry naming the report, with the figures it should have carried
 * and why. One larger than the configured size waits for a second person (QUALITY or ADMIN) and
 * changes nothing until approved. A correction may not undo what other modules did with the lot's
 * rounds (see {@link LotClaims}).
 */
@Component
class CorrectCount implements CommandHandler<CountCommands.Correct, CorrectionView> {
  private final CountCorrections rules;
  private final CorrectionQueries corrections;
  private final CorrectionProperties properties;
  private final Ledger ledger;
  private final Periods periods;

  CorrectCount(
      CountCorrections rules,
      CorrectionQueries corrections,
      CorrectionProperties properties,
      Ledger ledger,
      Periods periods) {
    this.rules = rules;
    this.corrections = corrections;
    this.properties = properties;
    this.ledger = ledger;
    this.periods = periods;
  }

  @Override
  public Class<CountCommands.Correct> commandType() {
    return CountCommands.Correct.class;
  }

  @Override
  public CorrectionView handle(CountCommands.Correct r, Actor actor) {
    long seq = r.corrects();
    long good = r.good();
    long scrap = r.scrap();
    boolean voided = r.voided();
    CountReported report = rules.report(seq);
    CountReportView now = corrections.report(seq).orElseThrow();
    if (now.voided()) {
      throw CommandRejected.invalid(
          "corrects", "count report " + seq + " was voided; a void is not corrected again");
    }
    corrections
        .pendingFor(seq)
        .ifPresent(
            p -> {
              throw CommandRejected.conflict(
                  "corrects",
                  "correction "
                      + p.seq()
                      + " of count report "
                      + seq
                      + " awaits a second person's approval");
            });
    long goodChange = good - now.correctedGood();
    long scrapChange = scrap - now.correctedScrap();
    if (goodChange == 0 && scrapChange == 0 && !voided) {
      throw CommandRejected.invalid(
          "good", "count report " + seq + " already carries good " + good + ", scrap " + scrap);
    }
    rules.admit(report.lot().toString(), goodChange);
    periods.assertOpen(actor, report.at(), "corrects");
    boolean pending = Math.abs(goodChange) + Math.abs(scrapChange) > properties.secondPersonAbove();
    LedgerEntry entry =
        ledger.appendCorrection(
            actor,
            seq,
            new CountCorrected(
                report.run(),
                report.lot(),
                report.line(),
                report.product(),
                good,
                scrap,
                goodChange,
                scrapChange,
                voided,
                r.reason().strip(),
                report.at(),
                pending));
    return corrections.correction(entry.seq()).orElseThrow();
  }
}
