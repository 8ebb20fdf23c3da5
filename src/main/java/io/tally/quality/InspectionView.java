package io.tally.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One recorded decision: the plan it was made by, what was found, the result and who found it. */
record InspectionView(
    @JsonProperty("class") String nonconformityClass,
    String ruleSet,
    String edition,
    String submission,
    String severity,
    String level,
    String aql,
    long lotSize,
    String letter,
    String planLetter,
    int n,
    int ac,
    int re,
    boolean fullInspection,
    int d,
    String result,
    long destroyed,
    String inspector,
    Instant at,
    long ledgerSeq) {

  boolean accepted() {
    return result.equals("ACCEPT");
  }
}
