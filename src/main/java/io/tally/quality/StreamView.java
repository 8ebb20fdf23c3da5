package io.tally.quality;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An inspection stream's state: severity, whether discontinued, and its switching score. */
record StreamView(
    String product,
    String line,
    @JsonProperty("class") String nonconformityClass,
    String level,
    String aql,
    String severity,
    boolean discontinued,
    int switchingScore,
    long lots) {}
