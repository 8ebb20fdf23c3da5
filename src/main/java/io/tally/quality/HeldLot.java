package io.tally.quality;

import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.quality.QualityEvent.ConcessionApproved;
import io.tally.quality.QualityEvent.ConcessionRequested;
import io.tally.quality.QualityEvent.LotReleased;
import io.tally.quality.QualityEvent.LotReworked;
import io.tally.quality.QualityEvent.LotScrapped;
import java.time.Instant;
import java.util.List;

/**
 * A lot quality has held, with the verbs that dispose of it: rework, scrap, or release by a
 * concession one user asks for and a second approves. It cannot be made of a lot in another status;
 * each verb refuses what the rules forbid, naming the field, and returns the events to append.
 */
record HeldLot(LotView lot) {
  HeldLot {
    if (lot.status() != LotStatus.HELD) {
      throw CommandRejected.conflict(
          "lot", "lot " + lot.lot() + " is " + lot.status() + "; only a held lot is disposed of");
    }
  }

  /** Its rounds into {@code newLot}, a number the caller found free. */
  LotReworked rework(LotNumber newLot, String reason, Instant at) {
    return new LotReworked(lot.number(), newLot, lot.available(), reason, at);
  }

  LotScrapped scrap(String reason, Instant at) {
    return new LotScrapped(lot.number(), lot.available(), reason, at);
  }

  /** One request a lot. */
  ConcessionRequested requestConcession(String reason, Actor by, Instant at) {
    if (lot.concessionRequestedBy() != null) {
      throw CommandRejected.conflict(
          "lot",
          "a concession for lot "
              + lot.lot()
              + " is requested already by "
              + lot.concessionRequestedBy());
    }
    return new ConcessionRequested(lot.number(), reason, by.name(), at);
  }

  /** The approval of a requested concession by another user, and the release it makes. */
  List<QualityEvent> approveConcession(Actor by, Instant at) {
    String requestedBy = lot.concessionRequestedBy();
    if (requestedBy == null) {
      throw CommandRejected.conflict(
          "lot", "no concession is requested for lot " + lot.lot() + "; request one first");
    }
    if (requestedBy.equals(by.name())) {
      throw CommandRejected.conflict(
          "approvedBy", by.name() + " requested this concession; a second user must approve it");
    }
    return List.of(
        new ConcessionApproved(lot.number(), requestedBy, by.name(), at),
        new LotReleased(lot.number(), lot.productCode(), lot.available(), at, true, by.name()));
  }
}
