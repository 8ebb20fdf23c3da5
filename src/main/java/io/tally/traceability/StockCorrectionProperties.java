package io.tally.traceability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The size above which a consumption or move correction waits for a second person: units a
 * consumption changes by, or rounds (units) a corrected move carries. The same setting as count
 * corrections' ({@code tally.corrections.second-person-above}, default 1,000).
 */
@ConfigurationProperties("tally.corrections")
record StockCorrectionProperties(Long secondPersonAbove) {
  StockCorrectionProperties {
    secondPersonAbove = secondPersonAbove == null ? 1000L : secondPersonAbove;
    if (secondPersonAbove < 0) {
      throw new IllegalArgumentException(
          "tally.corrections.second-person-above must not be negative");
    }
  }
}
