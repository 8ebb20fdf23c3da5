package io.tally.quality;

import io.tally.input.Ident;
import io.tally.input.Text;

/** Requests a quality user makes of an inspection stream. */
final class StreamRequests {
  private StreamRequests() {}

  /** Approval of reduced inspection; the approver states that production is STEADY. */
  record ReducedApproval(@Ident String production) {}

  /** The supplier's corrective action after discontinuation, accepted by the quality user. */
  record CorrectiveAction(@Text String action) {}
}
