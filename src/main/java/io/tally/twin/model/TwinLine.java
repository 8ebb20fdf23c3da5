package io.tally.twin.model;

import io.tally.plant.model.Line;
import io.tally.twin.engine.BinomialTable;

/**
 * One line as the simulation needs it: products as arrays of cycle hours and lot sizes, the
 * changeover matrix in hours, reliability, and its precomputed calendar.
 */
final class TwinLine {
  final String id;

  /** Fixes the line's random streams, so a scenario that adds lines leaves the others' alone. */
  final int streamIndex;

  final double[] cycleHours;
  final long[] lotSize;

  /** The scrap in a whole lot of each product, tabulated once; a lot's draw is a table look-up. */
  final BinomialTable[] lotScrap;

  final double[][] changeoverHours;
  final double mtbfHours;
  final double mttrHours;
  final Line.FailureDistribution failures;
  final double shape;
  final double scrapRate;
  final ShiftTable shifts;
  final double workingHours;

  TwinLine(
      String id,
      int streamIndex,
      double[] cycleHours,
      long[] lotSize,
      double[][] changeoverHours,
      Line.Reliability reliability,
      ShiftTable shifts,
      double horizon) {
    this.id = id;
    this.streamIndex = streamIndex;
    this.cycleHours = cycleHours;
    this.lotSize = lotSize;
    this.changeoverHours = changeoverHours;
    this.mtbfHours = reliability.mtbfHours();
    this.mttrHours = reliability.mttrHours();
    this.failures = reliability.failureDistribution();
    this.shape = reliability.shape();
    this.scrapRate = reliability.scrapRate();
    this.shifts = shifts;
    this.workingHours = shifts.workingHours(horizon);
    this.lotScrap = new BinomialTable[lotSize.length];
    for (int i = 0; i < lotSize.length; i++) {
      lotScrap[i] = new BinomialTable(lotSize[i], scrapRate);
    }
  }

  int products() {
    return cycleHours.length;
  }

  /** Parts the line would make in its working hours at its mean cycle, with no loss at all. */
  double idealOutput() {
    if (cycleHours.length == 0) {
      return 0;
    }
    double sum = 0;
    for (double c : cycleHours) {
      sum += c;
    }
    return workingHours / (sum / cycleHours.length);
  }
}
