package io.tally.quality;

import io.tally.ledger.Actor;
import io.tally.quality.sampling.InspectionEvent;
import io.tally.quality.sampling.LotDecision;
import io.tally.quality.sampling.LotResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payloads of a decision and of the switches it caused. {@code InspectionRecorded} carries the
 * fields of the contract plus the edition, submission, level, AQL, lot size and units destroyed, so
 * that the decision can be shown, and the stream rebuilt, without the plant file.
 */
final class Decisions {
  private Decisions() {}

  static Map<String, Object> recorded(
      LotView lot,
      String nonconformityClass,
      LotDecision d,
      long destroyed,
      Actor inspector,
      Instant at) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("lot", lot.lot());
    p.put("product", lot.product());
    p.put("line", lot.line());
    p.put("class", nonconformityClass);
    p.put("ruleSet", d.ruleSet().name());
    p.put("edition", d.ruleSet().edition());
    p.put("submission", d.submission().name());
    p.put("severity", d.severity().name());
    p.put("level", d.level().label());
    p.put("aql", d.aql().toString());
    p.put("lotSize", d.lotSize());
    p.put("letter", d.letter().name());
    p.put("planLetter", d.planLetter().name());
    p.put("n", d.n());
    p.put("ac", d.ac());
    p.put("re", d.re());
    p.put("fullInspection", d.fullInspection());
    p.put("d", d.d());
    p.put("result", d.result() == LotResult.ACCEPTED ? "ACCEPT" : "REJECT");
    p.put("destroyed", destroyed);
    p.put("inspector", inspector.name());
    p.put("at", at.toString());
    return p;
  }

  static String switchType(InspectionEvent e) {
    return e instanceof InspectionEvent.InspectionDiscontinued
        ? QualityEvents.INSPECTION_DISCONTINUED
        : QualityEvents.SEVERITY_CHANGED;
  }

  /** A switch the rules made after a lot, for the record; the stream state does not read it. */
  static Map<String, Object> switched(
      LotView lot, String nonconformityClass, InspectionEvent e, Instant at) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("product", lot.product());
    p.put("line", lot.line());
    p.put("class", nonconformityClass);
    p.put("afterLot", lot.lot());
    if (e instanceof InspectionEvent.SwitchedToTightened) {
      p.put("from", "NORMAL");
      p.put("to", "TIGHTENED");
      p.put("reason", "TWO_OF_FIVE_LOTS_NOT_ACCEPTED");
    } else if (e instanceof InspectionEvent.SwitchedToNormal n) {
      p.put("from", n.from().name());
      p.put("to", "NORMAL");
      p.put("reason", n.reason().name());
    } else if (e instanceof InspectionEvent.InspectionDiscontinued x) {
      p.put("lotsNotAccepted", x.lotsNotAccepted());
    }
    p.put("at", at.toString());
    return p;
  }
}
