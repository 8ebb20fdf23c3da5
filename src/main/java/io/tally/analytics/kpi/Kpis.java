package io.tally.analytics.kpi;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The ISO 22400-2 KPIs of one set of time elements. A KPI whose denominator is zero is absent
 * (empty), never NaN or infinite. OEE and NEE are zero, not absent, when no good unit was made in a
 * positive planned busy time: their numerator PRU x GQ is zero whatever the other factors are.
 *
 * @param availability APT / PBT
 * @param effectiveness PRU x PQ / APT
 * @param qualityRatio GQ / PQ
 * @param oee PRU x GQ / PBT (= availability x effectiveness x quality ratio when all are defined;
 *     defined too when units were counted in a period with no production time)
 * @param nee AUPT / PBT x effectiveness x quality ratio: setup counted as processing
 * @param setupRate ASUT / AUPT
 * @param technicalEfficiency APT / (APT + ADET)
 * @param throughputPerHour PQ / AOET, in units per hour
 * @param scrapRatio SQ / PQ
 * @param reworkRatio RQ / PQ
 * @param mtbfHours APT / FE: production hours per failure
 * @param mttrHours ADET / FE: hours of unplanned stop per failure
 */
public record Kpis(
    OptionalDouble availability,
    OptionalDouble effectiveness,
    OptionalDouble qualityRatio,
    OptionalDouble oee,
    OptionalDouble nee,
    OptionalDouble setupRate,
    OptionalDouble technicalEfficiency,
    OptionalDouble throughputPerHour,
    OptionalDouble scrapRatio,
    OptionalDouble reworkRatio,
    OptionalDouble mtbfHours,
    OptionalDouble mttrHours) {

  public static Kpis of(TimeElements t) {
    double pbt = hours(t.pbt());
    double apt = hours(t.apt());
    long pq = t.pq();
    OptionalDouble availability = ratio(apt, pbt);
    OptionalDouble effectiveness = ratio(t.plannedRuntimeSeconds() / 3600.0, apt);
    OptionalDouble quality = ratio(t.gq(), pq);
    OptionalDouble processing = ratio(hours(t.aupt()), pbt);
    boolean noGoodOutput = t.gq() == 0 && pbt > 0;
    OptionalDouble oee = oee(t, t.gq());
    return new Kpis(
        availability,
        effectiveness,
        quality,
        oee,
        noGoodOutput ? OptionalDouble.of(0) : product(processing, effectiveness, quality),
        ratio(hours(t.asut()), hours(t.aupt())),
        ratio(apt, apt + hours(t.adet())),
        ratio(pq, hours(t.aoet())),
        ratio(t.sq(), pq),
        ratio(t.rq(), pq),
        ratio(apt, t.failures()),
        ratio(hours(t.adet()), t.failures()));
  }

  /**
   * OEE = PRU x good / PBT with {@code good} as the good quantity: {@code t.gq()} for the OEE,
   * {@code t.gqAtLine()} for the OEE as first reported, before quality's decisions. Taken directly:
   * with output but no production time (APT = 0) the factors are not all defined, yet the good
   * units were made in planned time and count. Zero when nothing good was made in a positive PBT.
   */
  public static OptionalDouble oee(TimeElements t, long good) {
    double pbt = hours(t.pbt());
    long pq = t.pq();
    if (good == 0 && pbt > 0) {
      return OptionalDouble.of(0);
    }
    return pq > 0 && pbt > 0
        ? OptionalDouble.of(t.plannedRuntimeSeconds() / pq * good / 3600.0 / pbt)
        : OptionalDouble.empty();
  }

  /**
   * Whether the line made more than its rated rate allows in its production time (effectiveness
   * above 1): the rated rate is wrong, or counts or times are. Shown, never capped.
   */
  public boolean effectivenessAboveRated() {
    return effectiveness.isPresent() && effectiveness.getAsDouble() > 1 + 1e-9;
  }

  static double hours(Duration d) {
    return (d.getSeconds() + d.getNano() / 1e9) / 3600.0;
  }

  private static OptionalDouble ratio(double numerator, double denominator) {
    return denominator > 0 ? OptionalDouble.of(numerator / denominator) : OptionalDouble.empty();
  }

  private static OptionalDouble product(OptionalDouble a, OptionalDouble b, OptionalDouble c) {
    return a.isPresent() && b.isPresent() && c.isPresent()
        ? OptionalDouble.of(a.getAsDouble() * b.getAsDouble() * c.getAsDouble())
        : OptionalDouble.empty();
  }
}
