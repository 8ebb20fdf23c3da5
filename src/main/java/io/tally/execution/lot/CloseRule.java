package io.tally.execution.lot;

/** Why a lot was closed: the names the LotClosed event carries. */
public enum CloseRule {
  /** The product's lot quantity was reached by the good count. */
  QUANTITY,
  /** The product's lot hours had passed when a count was reported. */
  TIME,
  /** Closed by hand. */
  MANUAL,
  /** The run it belonged to ended. */
  RUN_ENDED
}
