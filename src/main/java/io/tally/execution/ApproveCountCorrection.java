package io.tally.execution;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Events;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.periods.Periods;
import org.springframework.stereotype.Component;

/** A second person, not the one who asked, puts a pending count correction into effect. */
@Component
class ApproveCountCorrection implements CommandHandler<CountCommands.Approve, CorrectionView> {
  private final CountCorrections rules;
  private final LedgerEntries entries;
  private final CorrectionQueries corrections;
  private final Ledger ledger;
  private final Periods periods;

  ApproveCountCorrection(
      CountCorrections rules,
      LedgerEntries entries,
      CorrectionQueries corrections,
      Ledger ledger,
      Periods periods) {
    this.rules = rules;
    this.entries = entries;
    this.corrections = corrections;
    this.ledger = ledger;
    this.periods = periods;
  }

  @Override
  public Class<CountCommands.Approve> commandType() {
    return CountCommands.Approve.class;
  }

  @Override
  public CorrectionView handle(CountCommands.Approve command, Actor actor) {
    long correction = command.correction();
    CorrectionView c =
        corrections
            .correction(correction)
            .orElseThrow(
                () -> CommandRejected.notFound("correction", "no count correction " + correction));
    if (!c.pending()) {
      throw CommandRejected.conflict(
          "correction", "correction " + correction + " is in effect already");
    }
    if (c.actor().equals(actor.name())) {
      throw CommandRejected.invalid(
          "correction",
          "correction "
              + correction
              + " was asked for by "
              + actor.name()
              + "; a second person (QUALITY or ADMIN) approves it");
    }
    rules.admit(c.lot(), c.goodChange());
    CountCorrected asked =
        Events.read(entries.find(correction).orElseThrow(), CountCorrected.class).orElseThrow();
    periods.assertOpen(actor, asked.at(), "correction");
    ledger.append(
        actor,
        new CorrectionApproved(
            correction,
            asked.run(),
            asked.lot(),
            asked.line(),
            asked.product(),
            asked.goodChange(),
            asked.scrapChange(),
            asked.at()));
    return corrections.correction(correction).orElseThrow();
  }
}
