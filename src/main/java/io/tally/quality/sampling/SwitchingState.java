package io.tally.quality.sampling;

import io.tally.quality.sampling.InspectionEvent.InspectionDiscontinued;
import io.tally.quality.sampling.InspectionEvent.NormalReason;
import io.tally.quality.sampling.InspectionEvent.SwitchedToNormal;
import io.tally.quality.sampling.InspectionEvent.SwitchedToTightened;
import java.util.List;

/**
 * Where one stream stands under the switching rules: its severity, whether it is discontinued, and
 * the counts that move it. The lots move it here ({@link #afterLot}); {@link InspectionStream}
 * guards the verbs a person starts and calls the moves they make. Every change of severity restarts
 * the counts, as the standard counts consecutive lots on one severity.
 */
final class SwitchingState {
  private final StreamKey key;
  private final SwitchingCounters counters = new SwitchingCounters();
  private Severity severity = Severity.NORMAL;
  private boolean discontinued;

  SwitchingState(StreamKey key) {
    this.key = key;
  }

  Severity severity() {
    return severity;
  }

  boolean discontinued() {
    return discontinued;
  }

  int score() {
    return counters.score();
  }

  int tightenedNotAccepted() {
    return counters.tightenedNotAccepted();
  }

  /** Applies the rules of the current severity to a lot on original inspection. */
  void afterLot(LotDecision lot, List<InspectionEvent> events) {
    switch (severity) {
      case NORMAL -> afterNormalLot(lot, events);
      case TIGHTENED -> afterTightenedLot(lot, events);
      case REDUCED -> afterReducedLot(lot, events);
    }
  }

  /** Moves to {@code next} (reduced, on approval), the counts starting afresh. */
  void enter(Severity next) {
    severity = next;
    counters.restart();
  }

  /** Resumes a discontinued stream on tightened inspection. */
  void resume() {
    discontinued = false;
    enter(Severity.TIGHTENED);
  }

  /** Takes the severity and discontinuation of the stream this one replaces. */
  void carryOver(Severity carried, boolean carriedDiscontinued) {
    discontinued = carriedDiscontinued;
    enter(carried);
  }

  SwitchedToNormal toNormal(NormalReason reason) {
    SwitchedToNormal event = new SwitchedToNormal(key, severity, reason);
    enter(Severity.NORMAL);
    return event;
  }

  private void afterNormalLot(LotDecision lot, List<InspectionEvent> events) {
    if (counters.normalLot(lot)) {
      enter(Severity.TIGHTENED);
      events.add(new SwitchedToTightened(key));
    }
  }

  private void afterTightenedLot(LotDecision lot, List<InspectionEvent> events) {
    counters.tightenedLot(lot);
    if (counters.mayLeaveTightened()) {
      events.add(toNormal(NormalReason.FIVE_CONSECUTIVE_LOTS_ACCEPTED));
    } else if (counters.mustDiscontinue()) {
      discontinued = true;
      events.add(new InspectionDiscontinued(key, counters.tightenedNotAccepted()));
    }
  }

  private void afterReducedLot(LotDecision lot, List<InspectionEvent> events) {
    if (lot.result() == LotResult.NOT_ACCEPTED) {
      events.add(toNormal(NormalReason.LOT_NOT_ACCEPTED));
    } else if (lot.acceptedInGap()) {
      events.add(toNormal(NormalReason.LOT_ACCEPTED_BETWEEN_AC_AND_RE));
    }
  }
}
