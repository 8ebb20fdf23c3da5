package io.tally.traceability;

/**
 * Rejected rounds of a lot for one reason at a location, in one state of custody: REJECT_STORE,
 * AWAITING_DESTRUCTION or DESTROYED. Reasons: LINE (line rejects reported with counts), QUALITY
 * (scrapped by disposition), RETAINED (reference samples past their date).
 */
public record ScrapRow(String lot, String reason, String location, String state, long quantity) {}
