package io.tally.twin.model;

/**
 * The sources of randomness of a line. Each (replication, line, source) has its own substream, so
 * two scenarios draw the same numbers for the same purpose (common random numbers).
 */
enum RandomSource {
  FAILURE,
  REPAIR,
  VARIANT,
  SCRAP,
  UNCERTAIN_INPUTS;

  /** Substreams reserved per line, with room for sources added later. */
  static final int PER_LINE = 8;
}
