package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Release of a held lot by concession: one user (quality or admin) requests it with a reason, a
 * different user approves it, and only then is the lot released, naming the approver. Both steps
 * are ledger events.
 */
@Service
class Concessions {
  private final Commands commands;
  private final Ledger ledger;
  private final LotPlanning planning;
  private final Disposition disposition;

  Concessions(Commands commands, Ledger ledger, LotPlanning planning, Disposition disposition) {
    this.commands = commands;
    this.ledger = ledger;
    this.planning = planning;
    this.disposition = disposition;
  }

  LotView requestConcession(Actor actor, String key, String lotNumber, DispositionRequest request) {
    String reason = Disposition.reason(request);
    return commands.run(
        actor,
        key,
        "quality.concession.request",
        List.of(lotNumber, reason),
        LotView.class,
        () -> {
          LotView lot = disposition.held(lotNumber);
          if (lot.concessionRequestedBy() != null) {
            throw CommandRejected.conflict(
                "lot",
                "a concession for lot "
                    + lotNumber
                    + " is requested already by "
                    + lot.concessionRequestedBy());
          }
          ledger.append(
              actor,
              new QualityEvent.ConcessionRequested(
                  lot.number(), reason, actor.name(), disposition.now()));
          return planning.lot(lotNumber);
        });
  }

  /** The second person's approval; only then is the lot released, by concession. */
  LotView approveConcession(Actor actor, String key, String lotNumber) {
    return commands.run(
        actor,
        key,
        "quality.concession.approve",
        List.of(lotNumber),
        LotView.class,
        () -> {
          LotView lot = disposition.held(lotNumber);
          if (lot.concessionRequestedBy() == null) {
            throw CommandRejected.conflict(
                "lot", "no concession is requested for lot " + lotNumber + "; request one first");
          }
          if (lot.concessionRequestedBy().equals(actor.name())) {
            throw CommandRejected.conflict(
                "approvedBy",
                actor.name() + " requested this concession; a second user must approve it");
          }
          Instant at = disposition.now();
          ledger.append(
              actor,
              new QualityEvent.ConcessionApproved(
                  lot.number(), lot.concessionRequestedBy(), actor.name(), at),
              new QualityEvent.LotReleased(
                  lot.number(), lot.productCode(), lot.available(), at, true, actor.name()));
          return planning.lot(lotNumber);
        });
  }
}
