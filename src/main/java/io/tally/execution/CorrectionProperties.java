package io.tally.execution;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Corrections and late entries. {@code secondPersonAbove}: a count correction that changes good and
 * scrap by more rounds than this in all waits for a second person; {@code lateDays}: how far back a
 * report from a paper log may be entered.
 */
@ConfigurationProperties("tally.corrections")
record CorrectionProperties(Long secondPersonAbove, Integer lateDays) {
  CorrectionProperties {
    secondPersonAbove = secondPersonAbove == null ? 1000L : secondPersonAbove;
    lateDays = lateDays == null ? 7 : lateDays;
    if (secondPersonAbove < 0 || lateDays < 0) {
      throw new IllegalArgumentException(
          "tally.corrections.second-person-above and late-days must not be negative");
    }
  }
}
