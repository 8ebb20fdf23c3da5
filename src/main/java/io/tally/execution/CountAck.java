package io.tally.execution;

import java.util.List;

/**
 * The answer to a count report: where its rounds were booked (one entry per lot), the lots it
 * closed, and the run's totals after it.
 */
public record CountAck(
    String run, List<Booked> booked, List<String> closedLots, long runGood, long runScrap) {

  /** Counts booked into one lot. */
  public record Booked(String lot, long good, long scrap) {}
}
