package io.tally.analytics;

import io.tally.analytics.kpi.Granularity;
import io.tally.analytics.kpi.Kpis;
import io.tally.analytics.kpi.NameplateAttainment;
import io.tally.analytics.kpi.Period;
import io.tally.analytics.kpi.PeriodRecord;
import io.tally.analytics.kpi.Rollup;
import io.tally.analytics.kpi.Stop;
import io.tally.analytics.kpi.TimeElements;
import io.tally.analytics.kpi.TimeModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A KPI report from period records: per bucket (shift, day, week, month) and in total, the output
 * against the nameplate and what a person should review.
 */
final class KpiReports {
  private KpiReports() {}

  static KpiReport of(
      LineKpis.Records r,
      List<String> lineIds,
      LocalDate from,
      LocalDate to,
      Granularity g,
      boolean asRecorded,
      PlantVersions.History rules) {
    SortedMap<String, TimeElements> buckets = new TreeMap<>(Rollup.elements(r.records(), g));
    SortedMap<String, KpiReport.Overtime> overtime = r.overtime(g);
    // A bucket with overtime and no shift (a Sunday worked) is shown too, with zero planned time.
    overtime.keySet().forEach(label -> buckets.putIfAbsent(label, TimeElements.ZERO));
    List<KpiReport.Bucket> rows = new ArrayList<>();
    List<String> review = new ArrayList<>();
    for (Map.Entry<String, TimeElements> e : buckets.entrySet()) {
      Kpis k = Kpis.of(e.getValue());
      rows.add(
          KpiReport.Bucket.of(
              e.getKey(),
              e.getValue(),
              k,
              overtime.getOrDefault(e.getKey(), KpiReport.Overtime.NONE)));
      if (k.effectivenessAboveRated()) {
        review.add(
            e.getKey()
                + ": effectiveness "
                + Math.round(k.effectiveness().getAsDouble() * 1000) / 10.0
                + " %, above the rated rate; check the rate, the counts and the times");
      }
    }
    for (PeriodRecord rec : r.records()) {
      for (Stop s : TimeModel.unplannedPlannedStops(rec)) {
        review.add(
            rec.period().line()
                + " stop "
                + s.reason()
                + " from "
                + s.span().start()
                + ": coded planned, but no planned downtime was in the calendar; counted as"
                + " unplanned");
      }
    }
    TimeElements total =
        r.records().stream().map(TimeModel::of).reduce(TimeElements.ZERO, TimeElements::plus);
    // Each period against the nameplate of the plant file in force on its day, as its shifts are.
    NameplateAttainment np =
        NameplateAttainment.of(
            r.records(),
            rec -> NameplateAttainment.rate(rules.at(dayStart(rec.period())), rec.period().line()));
    return new KpiReport(
        lineIds.isEmpty() ? List.of("ALL") : lineIds,
        from,
        to,
        g.name(),
        rows,
        KpiReport.Bucket.of("total", total, Kpis.of(total), r.totalOvertime()),
        new KpiReport.Nameplate(
            np.good(), np.produced(), np.nameplate(), KpiReport.value(np.attainment())),
        r.outsidePlannedTime(),
        review,
        asRecorded ? "AS_RECORDED" : "AS_CORRECTED",
        null);
  }

  /** Midnight at the site of the day a period starts on: when the day's plant file is read. */
  static Instant dayStart(Period p) {
    return p.localStart().toLocalDate().atStartOfDay(p.zone()).toInstant();
  }
}
