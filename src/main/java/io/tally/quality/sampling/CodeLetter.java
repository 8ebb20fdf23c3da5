package io.tally.quality.sampling;

/**
 * A sample size code letter. Table I yields A to R; S exists only in the tightened master table,
 * reached by following an arrow.
 */
public enum CodeLetter {
  A,
  B,
  C,
  D,
  E,
  F,
  G,
  H,
  J,
  K,
  L,
  M,
  N,
  P,
  Q,
  R,
  S;

  /** Reads one letter as the tables print it. */
  public static CodeLetter parse(String text) {
    try {
      return valueOf(text.trim());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("code letter '" + text + "' is unknown", e);
    }
  }
}
