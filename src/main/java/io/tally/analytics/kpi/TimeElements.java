package io.tally.analytics.kpi;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The ISO 22400-2 time elements and quantities of a line over a period, stored natively so that
 * periods add up before any ratio is taken. The actual times partition the planned busy time: PBT =
 * APT + ASUT + ADET + ADOT.
 *
 * @param pot planned operation time
 * @param pdot planned downtime (calendar maintenance and planned stops such as breaks)
 * @param apt actual production time: a run is on and no stop is
 * @param asut actual setup time: setup stops (changeovers)
 * @param adet actual unit delay time: unplanned stops
 * @param adot actual unit down time: available, but neither producing, setting up nor stopped
 * @param aoet actual order execution time: the runs' time from start to end
 * @param gq good quantity after quality: good at the line less units scrapped after inspection,
 *     reworked or destroyed by testing (ISO 22400-2 GQ, units that meet the requirements)
 * @param sq scrap quantity: scrapped at the line and after inspection
 * @param rq rework quantity: units reworked
 * @param plannedRuntimeSeconds PRU x PQ summed over the runs' products, in seconds
 * @param failures FE: unplanned stops that began in the period
 * @param gqAtLine good quantity as the line recorded it, before quality's decisions
 * @param samples units destroyed by testing: produced, neither good, scrap nor rework
 * @param concession units released by concession, part of GQ, flagged
 */
public record TimeElements(
    Duration pot,
    Duration pdot,
    Duration apt,
    Duration asut,
    Duration adet,
    Duration adot,
    Duration aoet,
    long gq,
    long sq,
    long rq,
    double plannedRuntimeSeconds,
    long failures,
    long gqAtLine,
    long samples,
    long concession) {

  public static final TimeElements ZERO =
      new TimeElements(
          Duration.ZERO,
          Duration.ZERO,
          Duration.ZERO,
          Duration.ZERO,
          Duration.ZERO,
          Duration.ZERO,
          Duration.ZERO,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0);

  public TimeElements {
    for (Duration d : new Duration[] {pot, pdot, apt, asut, adet, adot, aoet}) {
      Objects.requireNonNull(d, "time element");
      if (d.isNegative()) {
        throw new IllegalArgumentException("time elements must not be negative, got " + d);
      }
    }
    if (gq < 0
        || sq < 0
        || rq < 0
        || failures < 0
        || gqAtLine < 0
        || samples < 0
        || concession < 0
        || !(plannedRuntimeSeconds >= 0)) {
      throw new IllegalArgumentException("quantities must not be negative");
    }
    if (!pdot.plus(apt).plus(asut).plus(adet).plus(adot).equals(pot)) {
      throw new IllegalArgumentException("PDOT + APT + ASUT + ADET + ADOT must equal POT " + pot);
    }
  }

  /** Elements with no quality decision: good after quality is good at the line. */
  public TimeElements(
      Duration pot,
      Duration pdot,
      Duration apt,
      Duration asut,
      Duration adet,
      Duration adot,
      Duration aoet,
      long gq,
      long sq,
      long rq,
      double plannedRuntimeSeconds,
      long failures) {
    this(
        pot,
        pdot,
        apt,
        asut,
        adet,
        adot,
        aoet,
        gq,
        sq,
        rq,
        plannedRuntimeSeconds,
        failures,
        gq,
        0,
        0);
  }

  /** PBT = POT - PDOT: planned busy time. */
  public Duration pbt() {
    return pot.minus(pdot);
  }

  /** AUPT = APT + ASUT: actual unit processing time (setup counted as processing). */
  public Duration aupt() {
    return apt.plus(asut);
  }

  /** AUBT = APT + ASUT + ADET: actual unit busy time. */
  public Duration aubt() {
    return aupt().plus(adet);
  }

  /**
   * PQ: produced quantity, what the line made = GQ + SQ + RQ + units destroyed by testing (the
   * line's good, scrap and rework, however quality disposed of them later).
   */
  public long pq() {
    return gq + sq + rq + samples;
  }

  /**
   * PRU in seconds per unit: PRU x PQ / PQ, the quantity-weighted mean over the products made, so
   * that OEE = PRU x GQ / PBT holds for mixed products too. Absent when nothing was produced.
   */
  public OptionalDouble pruSeconds() {
    return pq() == 0 ? OptionalDouble.empty() : OptionalDouble.of(plannedRuntimeSeconds / pq());
  }

  /** The elements of two periods together: times and quantities add; ratios never do. */
  public TimeElements plus(TimeElements o) {
    return new TimeElements(
        pot.plus(o.pot),
        pdot.plus(o.pdot),
        apt.plus(o.apt),
        asut.plus(o.asut),
        adet.plus(o.adet),
        adot.plus(o.adot),
        aoet.plus(o.aoet),
        gq + o.gq,
        sq + o.sq,
        rq + o.rq,
        plannedRuntimeSeconds + o.plannedRuntimeSeconds,
        failures + o.failures,
        gqAtLine + o.gqAtLine,
        samples + o.samples,
        concession + o.concession);
  }
}
