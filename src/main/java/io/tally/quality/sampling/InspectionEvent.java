package io.tally.quality.sampling;

/** What happened on an inspection stream, in the past tense, ready to be recorded as a fact. */
public sealed interface InspectionEvent {
  StreamKey stream();

  /** A lot was decided. */
  record LotInspected(StreamKey stream, LotDecision decision) implements InspectionEvent {}

  /** Two of five or fewer consecutive lots on normal inspection were not accepted. */
  record SwitchedToTightened(StreamKey stream) implements InspectionEvent {}

  /** The stream went back to normal inspection from {@code from}, for {@code reason}. */
  record SwitchedToNormal(StreamKey stream, Severity from, NormalReason reason)
      implements InspectionEvent {}

  /** A quality user approved reduced inspection once the switching score allowed it. */
  record SwitchedToReduced(StreamKey stream, int switchingScore, String approvedBy)
      implements InspectionEvent {}

  /** Five lots were not accepted on tightened inspection: no lot may be accepted any more. */
  record InspectionDiscontinued(StreamKey stream, int lotsNotAccepted) implements InspectionEvent {}

  /** Corrective action was recorded and approved; inspection restarted on tightened. */
  record InspectionResumed(StreamKey stream, String approvedBy, String correctiveAction)
      implements InspectionEvent {}

  /** Why a stream returned to normal inspection. */
  enum NormalReason {
    FIVE_CONSECUTIVE_LOTS_ACCEPTED,
    LOT_NOT_ACCEPTED,
    LOT_ACCEPTED_BETWEEN_AC_AND_RE,
    PRODUCTION_IRREGULAR,
    OTHER_CONDITIONS
  }
}
