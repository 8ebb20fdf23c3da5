package io.tally.periods;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What happens to an entry about a closed month ({@code tally.periods.late-entries}): REFUSE (the
 * default) refuses it naming the field and the month; CARRY_FORWARD accepts it into the open month
 * with a {@code PeriodCarriedForward} entry naming the closed one.
 */
@ConfigurationProperties("tally.periods")
record PeriodProperties(Rule lateEntries) {
  PeriodProperties {
    lateEntries = lateEntries == null ? Rule.REFUSE : lateEntries;
  }

  /** The two rules for an entry about a closed month. */
  enum Rule {
    REFUSE,
    CARRY_FORWARD
  }
}
