package io.tally.execution;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tally.input.Text;
import java.math.BigDecimal;

/**
 * A count report corrected: {@code corrects} is its ledger sequence, {@code good} and {@code scrap}
 * the figures it should have carried (not changes), or {@code void: true} for a report that should
 * not have been made; {@code reason} says why.
 */
public record CountCorrectionRequest(
    BigDecimal corrects,
    BigDecimal good,
    BigDecimal scrap,
    @JsonProperty("void") Boolean voided,
    @Text String reason) {}
