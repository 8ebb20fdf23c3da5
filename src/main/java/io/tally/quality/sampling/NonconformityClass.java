package io.tally.quality.sampling;

/** The class of nonconformity; each has its own AQL and its own inspection stream. */
public enum NonconformityClass {
  CRITICAL,
  MAJOR,
  MINOR
}
