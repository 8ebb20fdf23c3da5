package io.tally.execution;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Events;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.LedgerLock;
import io.tally.periods.Periods;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Corrections of count reports: a new entry naming the report it corrects, with the figures it
 * should have carried and why. One larger than the configured size waits for a second person
 * (QUALITY or ADMIN) and changes nothing until approved. A correction may not undo what other
 * modules did with the lot's rounds (see {@link LotClaims}), nor book into a closed period (the
 * corrected report's time decides, see {@link Periods#assertOpen}).
 */
@Service
public class CountCorrections {
  private final LedgerEntries entries;
  private final CorrectionQueries corrections;
  private final ExecutionQueries queries;
  private final List<LotClaims> claims;
  private final CorrectionProperties properties;
  private final Ledger ledger;
  private final LedgerLock lock;
  private final Commands commands;
  private final Periods periods;

  CountCorrections(
      LedgerEntries entries,
      CorrectionQueries corrections,
      ExecutionQueries queries,
      List<LotClaims> claims,
      CorrectionProperties properties,
      Ledger ledger,
      LedgerLock lock,
      Commands commands,
      Periods periods) {
    this.entries = entries;
    this.corrections = corrections;
    this.queries = queries;
    this.claims = claims;
    this.properties = properties;
    this.ledger = ledger;
    this.lock = lock;
    this.commands = commands;
    this.periods = periods;
  }

  public CorrectionView correct(Actor actor, String key, CountCorrectionRequest r) {
    long seq = required("corrects", r.corrects(), 1, Long.MAX_VALUE);
    boolean voided = Boolean.TRUE.equals(r.voided());
    if (voided && (r.good() != null || r.scrap() != null)) {
      throw CommandRejected.invalid("void", "a void carries no good or scrap figures");
    }
    long good = voided ? 0 : required("good", r.good(), 0, Counts.MAX_PER_REPORT);
    long scrap = voided ? 0 : required("scrap", r.scrap(), 0, Counts.MAX_PER_REPORT);
    if (r.reason() == null || r.reason().isBlank()) {
      throw CommandRejected.invalid("reason", "a correction needs a reason");
    }
    return commands.run(
        actor,
        key,
        "count.correct",
        new CorrectCommand(seq, good, scrap, voided, r.reason()),
        CorrectionView.class,
        () -> {
          lock.hold();
          CountReported report = report(seq);
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
                "good",
                "count report " + seq + " already carries good " + good + ", scrap " + scrap);
          }
          admit(report.lot().toString(), goodChange);
          periods.assertOpen(actor, report.at(), "corrects");
          boolean pending =
              Math.abs(goodChange) + Math.abs(scrapChange) > properties.secondPersonAbove();
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
        });
  }

  /** A second person, not the one who asked, puts a pending correction into effect. */
  public CorrectionView approve(Actor actor, String key, long correction) {
    return commands.run(
        actor,
        key,
        "count.correction.approve",
        new ApproveCommand(correction),
        CorrectionView.class,
        () -> {
          lock.hold();
          CorrectionView c =
              corrections
                  .correction(correction)
                  .orElseThrow(
                      () ->
                          CommandRejected.notFound(
                              "correction", "no count correction " + correction));
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
          admit(c.lot(), c.goodChange());
          CountCorrected asked =
              Events.read(entries.find(correction).orElseThrow(), CountCorrected.class)
                  .orElseThrow();
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
        });
  }

  private CountReported report(long seq) {
    LedgerEntry entry =
        entries
            .find(seq)
            .orElseThrow(
                () ->
                    CommandRejected.notFound(
                        "corrects", "ledger entry " + seq + " does not exist"));
    return Events.read(entry, CountReported.class)
        .orElseThrow(
            () ->
                CommandRejected.invalid(
                    "corrects",
                    "ledger entry " + seq + " is a " + entry.type() + ", not a CountReported"));
  }

  /** The lot as it would stand after the change, put to every module that uses its rounds. */
  private void admit(String lot, long goodChange) {
    LotView now = queries.lot(lot).orElseThrow();
    long after = now.good() + goodChange;
    if (after < 0) {
      throw CommandRejected.invalid(
          "good", "lot " + lot + " would have " + after + " good rounds; it has " + now.good());
    }
    for (LotClaims c : claims) {
      c.admit(lot, after, goodChange);
    }
  }

  private static long required(String field, BigDecimal value, long min, long max) {
    Long n = Amounts.whole(field, value, min, max);
    if (n == null) {
      throw CommandRejected.invalid(field, field + " is required");
    }
    return n;
  }

  /** What an idempotency key is bound to (records, so their JSON form is stable). */
  record CorrectCommand(long corrects, long good, long scrap, boolean voided, String reason) {}

  record ApproveCommand(long correction) {}
}
