package io.tally.quality;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The plan one class of nonconformity of a lot is inspected by: the stream's severity, the code
 * letter, the letter where the plan was found, n, Ac and Re; or, once decided, the decision. A
 * discontinued stream has no plan until corrective action is recorded.
 */
record ClassPlan(
    @JsonProperty("class") String nonconformityClass,
    String level,
    String aql,
    String severity,
    boolean discontinued,
    String letter,
    String planLetter,
    Integer n,
    Integer ac,
    Integer re,
    boolean fullInspection,
    boolean destructive,
    InspectionView decision) {}
