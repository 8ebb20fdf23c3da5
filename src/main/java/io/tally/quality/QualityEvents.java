package io.tally.quality;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ledger event types quality reads and writes, with the payloads of the contract between
 * execution, quality and traceability (docs/events.md). Execution's events are its records.
 */
final class QualityEvents {
  static final String INSPECTION_RECORDED = "InspectionRecorded";
  static final String SAMPLES_CONSUMED = "SamplesConsumed";
  static final String LOT_RELEASED = "LotReleased";
  static final String LOT_HELD = "LotHeld";
  static final String LOT_REWORKED = "LotReworked";
  static final String LOT_SCRAPPED = "LotScrapped";
  static final String CONCESSION_REQUESTED = "ConcessionRequested";
  static final String CONCESSION_APPROVED = "ConcessionApproved";

  static final String SEVERITY_CHANGED = "InspectionSeverityChanged";
  static final String INSPECTION_DISCONTINUED = "InspectionDiscontinued";
  static final String REDUCED_APPROVED = "ReducedInspectionApproved";
  static final String CORRECTIVE_ACTION_RECORDED = "CorrectiveActionRecorded";

  private QualityEvents() {}

  static Map<String, Object> released(
      String lot, String product, long quantity, Instant at, String approvedBy) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("lot", lot);
    p.put("product", product);
    p.put("quantity", quantity);
    p.put("at", at.toString());
    p.put("byConcession", approvedBy != null);
    p.put("approvedBy", approvedBy);
    return p;
  }

  static Map<String, Object> lotAnd(String lot, Object... fields) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("lot", lot);
    for (int i = 0; i < fields.length; i += 2) {
      p.put((String) fields[i], fields[i + 1]);
    }
    return p;
  }
}
