package io.tally.quality.sampling;

import io.tally.quality.sampling.InspectionEvent.InspectionResumed;
import io.tally.quality.sampling.InspectionEvent.LotInspected;
import io.tally.quality.sampling.InspectionEvent.NormalReason;
import io.tally.quality.sampling.InspectionEvent.SwitchedToReduced;
import java.util.ArrayList;
import java.util.List;

/**
 * The switching rules of one inspection stream (product x line x class of nonconformity), as a
 * state machine. It starts on normal inspection; each verb checks the current state, refuses what
 * the rules forbid with the state named, and returns the events it caused, oldest first. The same
 * inputs in the same order always give the same events, so the state can be rebuilt by replay.
 */
public final class InspectionStream {
  private final StreamKey key;
  private final SamplingScheme scheme;
  private final SwitchingState state;

  public InspectionStream(StreamKey key, SamplingScheme scheme) {
    if (key == null || scheme == null) {
      throw new IllegalArgumentException("an inspection stream needs its key and scheme");
    }
    this.key = key;
    this.scheme = scheme;
    this.state = new SwitchingState(key);
  }

  public StreamKey key() {
    return key;
  }

  public SamplingScheme scheme() {
    return scheme;
  }

  public Severity severity() {
    return state.severity();
  }

  /** The ISO 2859-1 switching score since normal inspection last started; 0 on other severities. */
  public int switchingScore() {
    return state.score();
  }

  public boolean isDiscontinued() {
    return state.discontinued();
  }

  /** The plan the next lot of this size is inspected by. */
  public SamplingPlan nextPlan(long lotSize) {
    requireNotDiscontinued();
    return scheme.plan(lotSize, state.severity());
  }

  /** Decides a lot on original inspection and applies the switching rules. */
  public List<InspectionEvent> inspect(long lotSize, int nonconforming) {
    return inspect(lotSize, nonconforming, Submission.ORIGINAL);
  }

  /** Decides a lot; a resubmitted lot is decided but never moves the switching rules. */
  public List<InspectionEvent> inspect(long lotSize, int nonconforming, Submission submission) {
    if (nonconforming < 0) {
      throw new IllegalArgumentException(
          "nonconforming count must not be negative, was " + nonconforming);
    }
    SamplingPlan plan = nextPlan(lotSize);
    LotDecision lot =
        LotDecision.of(submission, state.severity(), scheme, lotSize, plan, nonconforming);
    List<InspectionEvent> events = new ArrayList<>();
    events.add(new LotInspected(key, lot));
    if (submission == Submission.ORIGINAL) {
      state.afterLot(lot, events);
    }
    return List.copyOf(events);
  }

  /**
   * Switches to reduced inspection: needs normal inspection, a switching score of at least 30,
   * steady production and a quality user's approval.
   */
  public SwitchedToReduced approveReduced(Approver approver, ProductionRate production) {
    requireNotDiscontinued();
    if (state.severity() != Severity.NORMAL) {
      throw refused(
          "is on " + state.severity().label() + " inspection; reduced follows only normal");
    }
    if (state.score() < SwitchingCounters.SCORE_FOR_REDUCED) {
      throw refused(
          "has switching score "
              + state.score()
              + "; reduced inspection needs "
              + SwitchingCounters.SCORE_FOR_REDUCED);
    }
    if (production != ProductionRate.STEADY) {
      throw refused("has production " + production + "; reduced inspection needs it steady");
    }
    requireQuality(approver, "approve reduced inspection");
    SwitchedToReduced event = new SwitchedToReduced(key, state.score(), approver.userId());
    state.enter(Severity.REDUCED);
    return event;
  }

  /**
   * Ends reduced inspection for a reason outside the lots (production irregular or delayed, other
   * conditions). On normal or tightened inspection nothing changes.
   */
  public List<InspectionEvent> returnToNormal(NormalReason reason) {
    if (reason != NormalReason.PRODUCTION_IRREGULAR && reason != NormalReason.OTHER_CONDITIONS) {
      throw new IllegalArgumentException(reason + " follows from a lot, not from a report");
    }
    if (state.severity() != Severity.REDUCED) {
      return List.of();
    }
    return List.of(state.toNormal(reason));
  }

  /** Records the supplier's corrective action after discontinuation; restarts on tightened. */
  public InspectionResumed recordCorrectiveAction(Approver approver, String correctiveAction) {
    if (!state.discontinued()) {
      throw refused("is not discontinued; there is nothing to resume");
    }
    if (correctiveAction == null || correctiveAction.isBlank()) {
      throw new IllegalArgumentException("the corrective action must be described");
    }
    requireQuality(approver, "accept corrective action");
    state.resume();
    return new InspectionResumed(key, approver.userId(), correctiveAction);
  }

  /**
   * Continues the stream this one replaces (the same product, line and class under an earlier
   * inspection level or AQL): its severity, and its discontinuation, carry over, so a change of
   * scheme never escapes tightened inspection. The switching counters start afresh, as on any
   * change of severity.
   */
  public void carryOver(Severity severity, boolean discontinued) {
    if (severity == null) {
      throw new IllegalArgumentException("a carried-over stream needs its severity");
    }
    state.carryOver(severity, discontinued);
  }

  private void requireNotDiscontinued() {
    if (state.discontinued()) {
      throw refused(
          "is discontinued after "
              + state.tightenedNotAccepted()
              + " lots not accepted on tightened inspection; record corrective action first");
    }
  }

  private void requireQuality(Approver approver, String what) {
    if (approver == null || !approver.isQuality()) {
      throw refused(
          "needs a user with role "
              + Approver.QUALITY
              + " to "
              + what
              + (approver == null ? "" : "; " + approver.userId() + " lacks it"));
    }
  }

  private IllegalStateException refused(String why) {
    return new IllegalStateException("inspection stream " + key + " " + why);
  }
}
