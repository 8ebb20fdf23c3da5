package io.tally.analytics;

import io.tally.analytics.kpi.Granularity;
import io.tally.analytics.kpi.Overtime;
import io.tally.analytics.kpi.PeriodRecord;
import io.tally.analytics.kpi.StopPareto;
import io.tally.plant.PlantService;
import io.tally.plant.model.Plant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * KPIs of lines from execution's facts: each line's calendar shifts in the dates asked are its
 * periods (planned operation), the facts are split into them by the pure KPI core and rolled up
 * ({@link KpiRecords}, {@link KpiReports}). Output outside every shift is overtime: its production
 * time and units are left out of the KPIs and shown beside them, in the bucket where they happened.
 */
@Service
public class LineKpis {
  private final PlantService plant;
  private final KpiRecords records;
  private final PlantVersions versions;
  private final Clock clock;

  LineKpis(PlantService plant, KpiRecords records, PlantVersions versions, Clock clock) {
    this.plant = plant;
    this.records = records;
    this.versions = versions;
    this.clock = clock;
  }

  /**
   * The period records of some lines (all lines of stage production when empty), dates [from, to].
   */
  public Records records(List<String> lineIds, LocalDate from, LocalDate to) {
    return records(lineIds, from, to, false);
  }

  /**
   * The period records, from counts and stops as corrected, or ({@code asRecorded}) as first
   * recorded.
   */
  public Records records(List<String> lineIds, LocalDate from, LocalDate to, boolean asRecorded) {
    return records.of(lineIds, from, to, asRecorded, versions.history());
  }

  /** KPIs of the lines per bucket (shift, day, week, month) and in total. */
  public KpiReport report(List<String> lineIds, LocalDate from, LocalDate to, Granularity g) {
    return report(lineIds, from, to, g, false);
  }

  /** KPIs per bucket and in total, as corrected or ({@code asRecorded}) as first recorded. */
  public KpiReport report(
      List<String> lineIds, LocalDate from, LocalDate to, Granularity g, boolean asRecorded) {
    PlantVersions.History rules = versions.history();
    return KpiReports.of(
        records.of(lineIds, from, to, asRecorded, rules), lineIds, from, to, g, asRecorded, rules);
  }

  /**
   * The report as corrected with the total as first recorded beside it ({@link
   * KpiReport#besideRecorded}), both from one read of the facts.
   */
  public KpiReport reportBesideRecorded(
      List<String> lineIds, LocalDate from, LocalDate to, Granularity g) {
    PlantVersions.History rules = versions.history();
    Records[] both = records.both(lineIds, from, to, rules);
    KpiReport corrected = KpiReports.of(both[0], lineIds, from, to, g, false, rules);
    return corrected.besideRecorded(KpiReports.of(both[1], lineIds, from, to, g, true, rules));
  }

  /** The report of period records already read (by {@link #records}), per bucket and in total. */
  public KpiReport report(
      Records r, List<String> lineIds, LocalDate from, LocalDate to, Granularity g) {
    return KpiReports.of(r, lineIds, from, to, g, false, versions.history());
  }

  /** The stop reasons of the lines ranked by lost time, most first. */
  public List<ParetoRow> pareto(List<String> lineIds, LocalDate from, LocalDate to) {
    return pareto(lineIds, from, to, false);
  }

  /** The Pareto from stops as corrected or ({@code asRecorded}) as first recorded. */
  public List<ParetoRow> pareto(
      List<String> lineIds, LocalDate from, LocalDate to, boolean asRecorded) {
    PlantVersions.History rules = versions.history();
    Records r = records.of(lineIds, from, to, asRecorded, rules);
    // Reason names as the plant file in force on the last day asked gives them.
    Plant names = rules.at(to.atStartOfDay(r.zone()).toInstant());
    return ParetoRow.of(names, StopPareto.of(r.records()));
  }

  public Instant now() {
    return clock.instant();
  }

  /** Today at the site. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), plant.plant().site().zone());
  }

  /** Period records and the overtime: output outside every period, in the site's zone. */
  public record Records(List<PeriodRecord> records, List<Overtime.Piece> overtime, ZoneId zone) {
    /** Units counted outside every period. */
    public long outsidePlannedTime() {
      return overtime.stream().mapToLong(Overtime.Piece::units).sum();
    }

    /** Overtime production time and units per bucket label. */
    SortedMap<String, KpiReport.Overtime> overtime(Granularity g) {
      SortedMap<String, KpiReport.Overtime> out = new TreeMap<>();
      for (Overtime.Piece o : overtime) {
        out.merge(
            g.label(LocalDateTime.ofInstant(o.at(), zone)),
            KpiReport.Overtime.of(o.production(), o.units()),
            KpiReport.Overtime::plus);
      }
      return out;
    }

    KpiReport.Overtime totalOvertime() {
      KpiReport.Overtime t = KpiReport.Overtime.NONE;
      for (Overtime.Piece o : overtime) {
        t = t.plus(KpiReport.Overtime.of(o.production(), o.units()));
      }
      return t;
    }
  }

  /** One row of the stop-reason Pareto: hours lost, stops, share and cumulative share. */
  public record ParetoRow(
      String reason,
      String name,
      String category,
      double hours,
      long stops,
      double share,
      double cumulativeShare) {
    static List<ParetoRow> of(Plant plant, List<StopPareto.Entry> entries) {
      List<ParetoRow> out = new ArrayList<>();
      for (StopPareto.Entry e : entries) {
        out.add(
            new ParetoRow(
                e.reason().value(),
                plant.findStopReason(e.reason().value()).map(s -> s.name()).orElse(""),
                e.category().name(),
                e.duration().toSeconds() / 3600.0,
                e.stops(),
                e.share(),
                e.cumulativeShare()));
      }
      return out;
    }
  }
}
