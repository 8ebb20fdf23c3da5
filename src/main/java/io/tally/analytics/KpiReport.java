package io.tally.analytics;

import io.tally.analytics.kpi.Kpis;
import io.tally.analytics.kpi.TimeElements;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * KPIs of lines over dates, per bucket and in total: the ISO 22400 time elements in hours, the
 * quantities, the KPIs (null when a denominator is zero) and the output against the nameplate.
 *
 * @param outsidePlannedTime units counted outside every shift (overtime units), not in the KPIs
 * @param review what a person should look at: stops coded planned with nothing planned (counted as
 *     unplanned), buckets whose effectiveness is above 100 %
 * @param basis AS_CORRECTED (counts and stops with the corrections in effect) or AS_RECORDED (as
 *     first recorded, corrections left out)
 * @param totalAsRecorded beside a report as corrected, its total as first recorded (null otherwise)
 */
public record KpiReport(
    List<String> lines,
    LocalDate from,
    LocalDate to,
    String period,
    List<Bucket> buckets,
    Bucket total,
    Nameplate nameplate,
    long outsidePlannedTime,
    List<String> review,
    String basis,
    @org.jspecify.annotations.Nullable Bucket totalAsRecorded) {

  /** This report with {@code recorded}'s total beside its own. */
  public KpiReport besideRecorded(KpiReport recorded) {
    return new KpiReport(
        lines,
        from,
        to,
        period,
        buckets,
        total,
        nameplate,
        outsidePlannedTime,
        review,
        basis,
        recorded.total());
  }

  /**
   * Time elements in hours; quantities in units. {@code gq} is good after quality's decisions (the
   * GQ of the KPIs), {@code gqAtLine} good as the line recorded it; {@code samples} were destroyed
   * by testing (in PQ, neither good, scrap nor rework); {@code concession} of the good were
   * released by concession. Overtime: production time and units outside every shift, not in POT.
   */
  public record Elements(
      double pot,
      double pdot,
      double pbt,
      double apt,
      double asut,
      double adet,
      double adot,
      double aupt,
      double aoet,
      long gq,
      long sq,
      long rq,
      long pq,
      long failures,
      long gqAtLine,
      long samples,
      long concession,
      double overtimeProduction,
      long overtimeUnits) {}

  /**
   * The KPIs (null when a denominator is zero). {@code qualityRatio} and {@code oee} are from GQ
   * after quality's decisions, as they stand now; {@code qualityRatioAtLine} and {@code oeeAtLine}
   * from GQ as the line first reported it, before any decision of quality's. {@code
   * changedByQuality} says the two differ: quality decided about these units after they were
   * counted.
   */
  public record Values(
      Double availability,
      Double effectiveness,
      Double qualityRatio,
      Double qualityRatioAtLine,
      Double oee,
      Double oeeAtLine,
      boolean changedByQuality,
      Double nee,
      Double setupRate,
      Double technicalEfficiency,
      Double throughputPerHour,
      Double scrapRatio,
      Double reworkRatio,
      Double mtbfHours,
      Double mttrHours,
      boolean effectivenessAboveRated) {}

  public record Bucket(String label, Elements elements, Values kpis) {
    static Bucket of(String label, TimeElements t, Kpis k, Overtime o) {
      return new Bucket(
          label,
          new Elements(
              h(t.pot()),
              h(t.pdot()),
              h(t.pbt()),
              h(t.apt()),
              h(t.asut()),
              h(t.adet()),
              h(t.adot()),
              h(t.aupt()),
              h(t.aoet()),
              t.gq(),
              t.sq(),
              t.rq(),
              t.pq(),
              t.failures(),
              t.gqAtLine(),
              t.samples(),
              t.concession(),
              h(o.production()),
              o.units()),
          new Values(
              value(k.availability()),
              value(k.effectiveness()),
              value(k.qualityRatio()),
              t.pq() > 0 ? (double) t.gqAtLine() / t.pq() : null,
              value(k.oee()),
              value(Kpis.oee(t, t.gqAtLine())),
              t.gq() != t.gqAtLine(),
              value(k.nee()),
              value(k.setupRate()),
              value(k.technicalEfficiency()),
              value(k.throughputPerHour()),
              value(k.scrapRatio()),
              value(k.reworkRatio()),
              value(k.mtbfHours()),
              value(k.mttrHours()),
              k.effectivenessAboveRated()));
    }
  }

  /** Output outside every shift: production time (a run on, no stop) and units. */
  public record Overtime(Duration production, long units) {
    static final Overtime NONE = new Overtime(Duration.ZERO, 0);

    static Overtime of(Duration production, long units) {
      return new Overtime(production, units);
    }

    Overtime plus(Overtime o) {
      return new Overtime(production.plus(o.production), units + o.units);
    }
  }

  /** Good and produced units against the nameplate of the same shifts. */
  public record Nameplate(long good, long produced, double nameplate, Double attainment) {}

  static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  private static double h(Duration d) {
    return d.toMillis() / 3_600_000.0;
  }
}
