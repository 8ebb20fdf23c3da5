package io.tally.quality;

import io.tally.kernel.Actor;
import io.tally.quality.QualityEvent.InspectionDiscontinued;
import io.tally.quality.QualityEvent.InspectionRecorded;
import io.tally.quality.QualityEvent.InspectionSeverityChanged;
import io.tally.quality.sampling.InspectionEvent;
import io.tally.quality.sampling.LotDecision;
import io.tally.quality.sampling.LotResult;
import io.tally.quality.sampling.Severity;
import java.time.Instant;

/** The events of a decision and of the switches it caused. */
final class Decisions {
  private Decisions() {}

  static InspectionRecorded recorded(
      LotView lot,
      String nonconformityClass,
      LotDecision d,
      long destroyed,
      Actor inspector,
      Instant at) {
    return new InspectionRecorded(
        lot.number(),
        lot.productCode(),
        lot.lineId(),
        nonconformityClass,
        d.ruleSet(),
        d.ruleSet().edition(),
        d.submission(),
        d.severity(),
        d.level().label(),
        d.aql().toString(),
        d.lotSize(),
        d.letter(),
        d.planLetter(),
        d.n(),
        d.ac(),
        d.re(),
        d.fullInspection(),
        d.d(),
        d.result() == LotResult.ACCEPTED ? QualityEvent.Result.ACCEPT : QualityEvent.Result.REJECT,
        destroyed,
        inspector.name(),
        at);
  }

  /** A switch the rules made after a lot, for the record; the stream state does not read it. */
  static QualityEvent switched(
      LotView lot, String nonconformityClass, InspectionEvent e, Instant at) {
    if (e instanceof InspectionEvent.InspectionDiscontinued x) {
      return new InspectionDiscontinued(
          lot.productCode(),
          lot.lineId(),
          nonconformityClass,
          lot.number(),
          x.lotsNotAccepted(),
          at);
    }
    if (e instanceof InspectionEvent.SwitchedToTightened) {
      return new InspectionSeverityChanged(
          lot.productCode(),
          lot.lineId(),
          nonconformityClass,
          lot.number(),
          Severity.NORMAL,
          Severity.TIGHTENED,
          "TWO_OF_FIVE_LOTS_NOT_ACCEPTED",
          at);
    }
    if (e instanceof InspectionEvent.SwitchedToNormal n) {
      return new InspectionSeverityChanged(
          lot.productCode(),
          lot.lineId(),
          nonconformityClass,
          lot.number(),
          n.from(),
          Severity.NORMAL,
          n.reason().name(),
          at);
    }
    throw new IllegalStateException("inspecting a lot does not " + e);
  }
}
