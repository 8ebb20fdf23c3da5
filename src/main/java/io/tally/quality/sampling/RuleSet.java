package io.tally.quality.sampling;

/**
 * The edition of the rules a decision was made under. A decision stores it so that a later rule set
 * (ISO 2859-1 with its own reduced table, say) never changes the meaning of old decisions.
 */
public enum RuleSet {
  Z1_4_2003_SINGLE("Z1.4-2003 single sampling");

  private final String edition;

  RuleSet(String edition) {
    this.edition = edition;
  }

  public String edition() {
    return edition;
  }

  @Override
  public String toString() {
    return edition;
  }
}
