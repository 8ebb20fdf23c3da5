package io.tally.traceability;

import io.tally.input.gs1.Gs1Refusal;
import io.tally.input.gs1.Scans;
import io.tally.kernel.CommandRejected;

/**
 * What a trace looks up: the lot, SSCC or component lot as typed, or the SSCC (AI 00) or else the
 * lot (AI 10) of a scanned GS1 element string; a malformed scan is refused naming the field.
 */
final class TracedId {
  private TracedId() {}

  static String of(String typed) {
    if (typed == null) {
      return "";
    }
    try {
      return Scans.ssccOrLot(typed);
    } catch (Gs1Refusal e) {
      throw CommandRejected.invalid("lot", e.getMessage());
    }
  }
}
